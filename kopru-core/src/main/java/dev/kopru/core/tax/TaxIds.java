package dev.kopru.core.tax;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.tax.TaxIdCheck.Invalid;
import dev.kopru.core.tax.TaxIdCheck.Rule;
import dev.kopru.core.tax.TaxIdCheck.Valid;

import java.util.random.RandomGenerator;

/**
 * Turkish tax ids: validating VKN (10 digits, the GİB check digit) and TCKN (11 digits, two check digits), and
 * generating valid ones for demo data and tests. Input is taken as given: no trimming, no separators, so that a
 * connector notices rather than silently repairs a malformed vendor value.
 *
 * <p>Both check-digit schemes detect every change of a single digit (for the VKN because each digit's contribution
 * {@code p} below takes ten different values for the ten digits), which the tests verify.
 */
public final class TaxIds {
    private static final String TCKN_10TH_RULE = "((d1+d3+d5+d7+d9)×7 − (d2+d4+d6+d8)) mod 10";
    private static final String TCKN_11TH_RULE = "(d1+d2+…+d10) mod 10";
    private static final String VKN_RULE = "GİB: t=(d_i+10−i) mod 10, p=9 if t=9 else t×2^(10−i) mod 9, "
            + "check=(10 − Σp mod 10) mod 10";

    private TaxIds() {
    }

    /** Checks {@code taxId} and says which rule failed first, if any. */
    public static TaxIdCheck check(String taxId) {
        if (taxId == null) {
            return new Invalid(null, Rule.PRESENT, "tax id must not be null");
        }
        for (int i = 0; i < taxId.length(); i++) {
            char c = taxId.charAt(i);
            if (c < '0' || c > '9') {
                return new Invalid(taxId, Rule.DIGITS_ONLY, "tax id '" + taxId + "' contains a non-digit ('" + c
                        + "' at position " + (i + 1) + ")");
            }
        }
        return switch (taxId.length()) {
            case 10 -> checkVkn(taxId);
            case 11 -> checkTckn(taxId);
            default -> new Invalid(taxId, Rule.LENGTH, "tax id '" + taxId
                    + "' must be 10 digits (VKN) or 11 digits (TCKN), was " + taxId.length());
        };
    }

    public static boolean isValid(String taxId) {
        return check(taxId).valid();
    }

    /**
     * Returns the kind of a valid tax id.
     *
     * @param field the field being validated, named in the message (e.g. {@code taxId})
     * @throws IllegalArgumentException "{@code field: reason}" when the id is not valid
     */
    public static TaxIdKind require(String field, String taxId) {
        return switch (check(taxId)) {
            case Valid valid -> valid.kind();
            case Invalid invalid -> throw new InvalidInputException(field, invalid.message());
        };
    }

    /**
     * The kind an id has by its length alone (10 digits VKN, 11 TCKN), without checking its check digits.
     *
     * @throws IllegalArgumentException when it is not 10 or 11 digits
     */
    public static TaxIdKind kind(String taxId) {
        TaxIdCheck check = check(taxId);
        if (check instanceof Invalid invalid && invalid.rule().compareTo(Rule.LENGTH) <= 0) {
            throw new InvalidInputException("taxId", invalid.message());
        }
        return taxId.length() == 10 ? TaxIdKind.VKN : TaxIdKind.TCKN;
    }

    /** The VKN whose first nine digits are {@code firstNine}, completed with its check digit. */
    public static String completeVkn(String firstNine) {
        int[] d = nineDigits(firstNine);
        return firstNine + vknCheckDigit(d);
    }

    /** The TCKN whose first nine digits are {@code firstNine} (not starting with 0), completed with its two check digits. */
    public static String completeTckn(String firstNine) {
        int[] d = nineDigits(firstNine);
        if (d[0] == 0) {
            throw new InvalidInputException("firstNine", "a TCKN must not start with 0");
        }
        int tenth = tcknTenth(d);
        int eleventh = (sum(d, 0, 9) + tenth) % 10;
        return firstNine + tenth + eleventh;
    }

    /** A random valid VKN. */
    public static String randomVkn(RandomGenerator random) {
        StringBuilder nine = new StringBuilder(10);
        for (int i = 0; i < 9; i++) {
            nine.append(random.nextInt(10));
        }
        return completeVkn(nine.toString());
    }

    /** A random valid TCKN. */
    public static String randomTckn(RandomGenerator random) {
        StringBuilder nine = new StringBuilder(11).append(1 + random.nextInt(9));
        for (int i = 1; i < 9; i++) {
            nine.append(random.nextInt(10));
        }
        return completeTckn(nine.toString());
    }

    private static TaxIdCheck checkVkn(String vkn) {
        int expected = vknCheckDigit(digits(vkn));
        int actual = vkn.charAt(9) - '0';
        if (expected != actual) {
            return new Invalid(vkn, Rule.VKN_CHECK_DIGIT, "VKN " + vkn + ": check digit (10th) must be " + expected
                    + ", was " + actual + " (rule: " + VKN_RULE + ")");
        }
        return new Valid(vkn, TaxIdKind.VKN);
    }

    private static TaxIdCheck checkTckn(String tckn) {
        int[] d = digits(tckn);
        if (d[0] == 0) {
            return new Invalid(tckn, Rule.TCKN_FIRST_DIGIT, "TCKN " + tckn + " must not start with 0");
        }
        int tenth = tcknTenth(d);
        if (d[9] != tenth) {
            return new Invalid(tckn, Rule.TCKN_10TH_DIGIT, "TCKN " + tckn + ": 10th digit must be " + tenth
                    + ", was " + d[9] + " (rule: " + TCKN_10TH_RULE + ")");
        }
        int eleventh = sum(d, 0, 10) % 10;
        if (d[10] != eleventh) {
            return new Invalid(tckn, Rule.TCKN_11TH_DIGIT, "TCKN " + tckn + ": 11th digit must be " + eleventh
                    + ", was " + d[10] + " (rule: " + TCKN_11TH_RULE + ")");
        }
        return new Valid(tckn, TaxIdKind.TCKN);
    }

    /** d holds at least the first nine digits, d[0] being d1. */
    private static int vknCheckDigit(int[] d) {
        int sum = 0;
        for (int i = 1; i <= 9; i++) {
            int t = (d[i - 1] + 10 - i) % 10;
            sum += t == 9 ? 9 : (t << (10 - i)) % 9;
        }
        return (10 - sum % 10) % 10;
    }

    private static int tcknTenth(int[] d) {
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        return Math.floorMod(odd * 7 - even, 10);
    }

    private static int sum(int[] d, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += d[i];
        }
        return sum;
    }

    private static int[] nineDigits(String firstNine) {
        if (firstNine == null || !firstNine.matches("[0-9]{9}")) {
            throw new InvalidInputException("firstNine", "must be exactly 9 digits, was '" + firstNine + "'");
        }
        return digits(firstNine);
    }

    private static int[] digits(String s) {
        int[] d = new int[s.length()];
        for (int i = 0; i < d.length; i++) {
            d[i] = s.charAt(i) - '0';
        }
        return d;
    }
}
