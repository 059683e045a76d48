package dev.kopru.testkit.demodata;

/**
 * GTIN-13 (EAN-13) barcodes: the check digit is {@code (10 − Σ dᵢ·wᵢ mod 10) mod 10} over the first twelve digits
 * with weights 1, 3, 1, 3, … from the left. Items made in Türkiye carry GS1 prefix 868–869.
 */
public final class Gtin {
    private Gtin() {
    }

    /** Whether {@code barcode} is 13 digits with a correct check digit. */
    public static boolean isValid(String barcode) {
        return barcode != null && barcode.matches("[0-9]{13}")
                && checkDigit(barcode.substring(0, 12)) == barcode.charAt(12) - '0';
    }

    /** The GTIN-13 whose first twelve digits are {@code firstTwelve}, completed with its check digit. */
    public static String complete(String firstTwelve) {
        if (firstTwelve == null || !firstTwelve.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("firstTwelve: must be exactly 12 digits, was '" + firstTwelve + "'");
        }
        return firstTwelve + checkDigit(firstTwelve);
    }

    private static int checkDigit(String firstTwelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (firstTwelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
