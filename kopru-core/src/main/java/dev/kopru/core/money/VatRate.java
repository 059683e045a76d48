package dev.kopru.core.money;

import dev.kopru.core.input.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A Turkish KDV rate in whole percent: 0, 1, 10 or 20 (in force since 10 July 2023), or 8 and 18 (the rates before
 * that, which still appear on older documents and in vendors' history). Any other value is rejected, because a rate
 * that is not one of these is a mapping mistake, not a new rate.
 */
public record VatRate(int percent) implements Comparable<VatRate> {
    // Declared before the constants below, whose construction reads them.
    private static final List<Integer> KNOWN = List.of(0, 1, 8, 10, 18, 20);
    private static final String KNOWN_TEXT = "(0, 1, 8, 10, 18, 20)";

    public static final VatRate ZERO = new VatRate(0);
    public static final VatRate ONE = new VatRate(1);
    public static final VatRate EIGHT = new VatRate(8);
    public static final VatRate TEN = new VatRate(10);
    public static final VatRate EIGHTEEN = new VatRate(18);
    public static final VatRate TWENTY = new VatRate(20);

    public VatRate {
        if (!KNOWN.contains(percent)) {
            throw notARate(Integer.toString(percent));
        }
    }

    /** Every rate Köprü accepts, lowest first. */
    public static List<VatRate> all() {
        return List.of(ZERO, ONE, EIGHT, TEN, EIGHTEEN, TWENTY);
    }

    public static VatRate of(int percent) {
        return new VatRate(percent);
    }

    /** Validates a rate given as a percentage at any scale ({@code 20}, {@code 20.00} and {@code 2E+1} are all 20). */
    public static VatRate of(BigDecimal percent) {
        if (percent == null) {
            throw new InvalidInputException("vatRate", "must not be null");
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        String shown = stripped.toPlainString();
        if (stripped.scale() > 0 || stripped.compareTo(BigDecimal.ZERO) < 0
                || stripped.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw notARate(shown);
        }
        return new VatRate(stripped.intValueExact());
    }

    /** Whether {@code percent} is a rate {@link #of(BigDecimal)} accepts; {@code null} is not. */
    public static boolean isValid(BigDecimal percent) {
        if (percent == null) {
            return false;
        }
        try {
            of(percent);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The rate as a percentage at scale 0, e.g. {@code 20}. */
    public BigDecimal asBigDecimal() {
        return BigDecimal.valueOf(percent);
    }

    /** False for 8 and 18, which were replaced by 10 and 20 on 10 July 2023. */
    public boolean current() {
        return percent != 8 && percent != 18;
    }

    @Override
    public int compareTo(VatRate other) {
        return Integer.compare(percent, other.percent);
    }

    /** Turkish notation, e.g. {@code %20}. */
    @Override
    public String toString() {
        return "%" + percent;
    }

    private static IllegalArgumentException notARate(String shown) {
        return new InvalidInputException("vatRate", shown + " is not a Turkish KDV rate " + KNOWN_TEXT);
    }
}
