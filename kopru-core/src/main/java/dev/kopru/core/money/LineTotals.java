package dev.kopru.core.money;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.PriceBasis;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The amounts of one document line, each at kuruş scale: {@code net} (VAT-excluded, after the discount),
 * {@code vat} and {@code gross}, with {@code net + vat == gross} exactly.
 */
public record LineTotals(int lineNo, VatRate vatRate, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LineTotals {
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(gross, "gross");
    }

    /**
     * Computes one line; see {@link DocumentTotals} for the rounding rules. Quantities and prices may be negative
     * (corrections); half-up rounds away from zero, so a negated line has exactly negated totals.
     *
     * @throws IllegalArgumentException naming the line and the field when a value is missing or out of range
     */
    public static LineTotals of(DocumentLine line) {
        Objects.requireNonNull(line, "line");
        String where = "line " + line.lineNo() + ": ";
        if (line.quantity() == null) {
            throw new InvalidInputException(where + "quantity", "must not be null");
        }
        if (line.unitPrice() == null) {
            throw new InvalidInputException(where + "unitPrice", "must not be null");
        }
        if (line.priceBasis() == null) {
            throw new InvalidInputException(where + "priceBasis", "must not be null (VAT_EXCLUDED or VAT_INCLUDED)");
        }
        VatRate rate;
        try {
            rate = VatRate.of(line.vatRate());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(where + e.field(), e.reason());
        }
        BigDecimal remaining = HUNDRED.subtract(discount(line, where)); // percent of the price still charged
        // Exact product; the only rounding of the line happens in the next step.
        BigDecimal exact = line.quantity().multiply(line.unitPrice()).multiply(remaining).movePointLeft(2);
        BigDecimal charged = Vat.kurus(exact);
        if (line.priceBasis() == PriceBasis.VAT_INCLUDED) {
            BigDecimal net = Vat.excluded(charged, rate, Vat.AMOUNT_SCALE);
            return new LineTotals(line.lineNo(), rate, net, charged.subtract(net), charged);
        }
        BigDecimal vat = Vat.amount(charged, rate);
        return new LineTotals(line.lineNo(), rate, charged, vat, charged.add(vat));
    }

    private static BigDecimal discount(DocumentLine line, String where) {
        BigDecimal discount = line.discountRate();
        if (discount == null) {
            return BigDecimal.ZERO;
        }
        if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException(
                    where + "discountRate", discount.toPlainString() + " must be between 0 and 100 (percent)");
        }
        return discount;
    }
}
