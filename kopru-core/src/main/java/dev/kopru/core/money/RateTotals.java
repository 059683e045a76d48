package dev.kopru.core.money;

import java.math.BigDecimal;
import java.util.Objects;

/** The sums of a document's lines at one VAT rate (the KDV matrah and KDV tutarı per rate on an e-invoice). */
public record RateTotals(VatRate vatRate, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    public RateTotals {
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(gross, "gross");
    }

    static RateTotals zero(VatRate rate) {
        BigDecimal zero = BigDecimal.ZERO.setScale(Vat.AMOUNT_SCALE);
        return new RateTotals(rate, zero, zero, zero);
    }

    RateTotals plus(LineTotals line) {
        return new RateTotals(vatRate, net.add(line.net()), vat.add(line.vat()), gross.add(line.gross()));
    }
}
