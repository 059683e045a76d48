package dev.kopru.core.money;

import dev.kopru.core.input.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Converting between VAT-included (KDV dahil) and VAT-excluded (KDV hariç) values, always at an explicit scale and
 * half-up. Unit prices are kept at {@value #UNIT_PRICE_SCALE} decimals: a converted price then multiplied by a
 * quantity stays well inside half a kuruş per unit (a round trip included → excluded → included moves a kuruş price
 * by at most 0.00011), while amounts are rounded to kuruş ({@value #AMOUNT_SCALE} decimals).
 */
public final class Vat {
    /** Decimals of a unit price converted by {@link #excluded(BigDecimal, BigDecimal)} and {@link #included}. */
    public static final int UNIT_PRICE_SCALE = 4;
    /** Decimals of every amount: kuruş. */
    public static final int AMOUNT_SCALE = 2;
    /** The one rounding mode of money arithmetic in Köprü. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Vat() {
    }

    /** The VAT-excluded unit price of a VAT-included one, at {@value #UNIT_PRICE_SCALE} decimals. */
    public static BigDecimal excluded(BigDecimal price, BigDecimal vatRate) {
        return excluded(price, VatRate.of(vatRate), UNIT_PRICE_SCALE);
    }

    /** The VAT-included unit price of a VAT-excluded one, at {@value #UNIT_PRICE_SCALE} decimals. */
    public static BigDecimal included(BigDecimal price, BigDecimal vatRate) {
        return included(price, VatRate.of(vatRate), UNIT_PRICE_SCALE);
    }

    /** {@code value × 100 / (100 + rate)}, rounded half-up once, at {@code scale} decimals. */
    public static BigDecimal excluded(BigDecimal value, VatRate rate, int scale) {
        requireValue(value);
        Objects.requireNonNull(rate, "vatRate");
        // One division of exact operands: the result is correctly rounded, never rounded twice.
        return value.multiply(HUNDRED).divide(HUNDRED.add(rate.asBigDecimal()), scale, ROUNDING);
    }

    /** {@code value × (100 + rate) / 100}, rounded half-up once, at {@code scale} decimals. */
    public static BigDecimal included(BigDecimal value, VatRate rate, int scale) {
        requireValue(value);
        Objects.requireNonNull(rate, "vatRate");
        return value.multiply(HUNDRED.add(rate.asBigDecimal())).movePointLeft(2).setScale(scale, ROUNDING);
    }

    /** The VAT on a VAT-excluded amount, {@code net × rate / 100}, rounded half-up to kuruş. */
    public static BigDecimal amount(BigDecimal net, VatRate rate) {
        requireValue(net);
        Objects.requireNonNull(rate, "vatRate");
        return net.multiply(rate.asBigDecimal()).movePointLeft(2).setScale(AMOUNT_SCALE, ROUNDING);
    }

    /** Rounds an exact amount half-up to kuruş. */
    public static BigDecimal kurus(BigDecimal amount) {
        requireValue(amount);
        return amount.setScale(AMOUNT_SCALE, ROUNDING);
    }

    private static void requireValue(BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException("price", "must not be null");
        }
    }
}
