package dev.kopru.core.money;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.PriceBasis;

import java.math.BigDecimal;

/** Test shorthand for document lines. */
final class Lines {
    private Lines() {
    }

    static DocumentLine excl(int lineNo, String quantity, String price, int rate) {
        return line(lineNo, quantity, price, PriceBasis.VAT_EXCLUDED, rate, null);
    }

    static DocumentLine incl(int lineNo, String quantity, String price, int rate) {
        return line(lineNo, quantity, price, PriceBasis.VAT_INCLUDED, rate, null);
    }

    static DocumentLine line(int lineNo, String quantity, String price, PriceBasis basis, int rate, String discount) {
        return line(lineNo, new BigDecimal(quantity), new BigDecimal(price), basis, BigDecimal.valueOf(rate),
                discount == null ? null : new BigDecimal(discount));
    }

    static DocumentLine line(int lineNo, BigDecimal quantity, BigDecimal price, PriceBasis basis, BigDecimal rate,
                             BigDecimal discount) {
        return new DocumentLine(lineNo, LineKind.ITEM, "STK-" + lineNo, null, "item " + lineNo, quantity, "ADET",
                price, basis, rate, discount, null);
    }
}
