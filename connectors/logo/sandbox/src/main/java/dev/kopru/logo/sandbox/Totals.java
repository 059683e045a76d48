package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How Logo recomputes a trade slip's totals on save (logo.md §6.3, inference; the rounding is not documented): per
 * line {@code TOTAL} = quantity × price, the discounted amount rounded half-up to kuruş once from the exact product,
 * VAT per line rounded half-up to kuruş (a VAT-included amount is split into net and VAT first);
 * {@code TOTAL_GROSS} = Σ quantity × price, {@code TOTAL_DISCOUNTS}, {@code TOTAL_VAT}, {@code TOTAL_NET} = gross −
 * discounts + VAT.
 */
final class Totals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Totals() {
    }

    /** Sets the line amounts on every line of {@code slip} and the totals on its header. */
    static void compute(ObjectNode slip) {
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal discounts = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        for (JsonNode each : slip.path("TRANSACTIONS").path("items")) {
            ObjectNode line = (ObjectNode) each;
            BigDecimal quantity = orZero(Wire.decimal(line.get("QUANTITY")));
            BigDecimal price = orZero(Wire.decimal(line.get("PRICE")));
            BigDecimal rate = orZero(Wire.decimal(line.get("VAT_RATE")));
            BigDecimal discountRate = orZero(Wire.decimal(line.get("DISCOUNT_RATE")));
            BigDecimal total = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
            // The discounted amount is rounded once from the exact product, so the discount is what remains.
            BigDecimal base = quantity.multiply(price).multiply(HUNDRED.subtract(discountRate))
                    .divide(HUNDRED, 2, RoundingMode.HALF_UP);
            BigDecimal discount = total.subtract(base);
            BigDecimal lineVat;
            if (line.path("VAT_INCLUDED").asInt() == 1) {
                BigDecimal excluded = base.multiply(HUNDRED).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP);
                lineVat = base.subtract(excluded);
                base = excluded;
                total = total.subtract(lineVat);
            } else {
                lineVat = base.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            }
            line.put("TOTAL", Wire.withFraction(total));
            line.put("VAT_BASE", Wire.withFraction(base));
            line.put("VAT_AMOUNT", Wire.withFraction(lineVat));
            gross = gross.add(total);
            discounts = discounts.add(discount);
            vat = vat.add(lineVat);
        }
        slip.put("TOTAL_GROSS", Wire.withFraction(gross));
        slip.put("TOTAL_DISCOUNTS", Wire.withFraction(discounts));
        slip.put("TOTAL_DISCOUNTED", Wire.withFraction(gross.subtract(discounts)));
        slip.put("TOTAL_VAT", Wire.withFraction(vat));
        slip.put("TOTAL_NET", Wire.withFraction(gross.subtract(discounts).add(vat)));
    }

    /**
     * A cari or bank slip's {@code TOTAL_DEBIT} and {@code TOTAL_CREDIT} (logo.md §6.5): the sums of its lines'
     * {@code DEBIT} and {@code CREDIT}, a line with only {@code AMOUNT} counted by its {@code SIGN} [inference].
     */
    static void debitAndCredit(ObjectNode slip) {
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (JsonNode line : slip.path("TRANSACTIONS").path("items")) {
            BigDecimal amount = orZero(Wire.decimal(line.get("AMOUNT")));
            boolean credited = line.path("SIGN").asInt(0) == 1;
            debit = debit.add(line.has("DEBIT") ? orZero(Wire.decimal(line.get("DEBIT")))
                    : credited ? BigDecimal.ZERO : amount);
            credit = credit.add(line.has("CREDIT") ? orZero(Wire.decimal(line.get("CREDIT")))
                    : credited ? amount : BigDecimal.ZERO);
        }
        slip.put("TOTAL_DEBIT", Wire.withFraction(debit));
        slip.put("TOTAL_CREDIT", Wire.withFraction(credit));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
