package dev.kopru.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and comparison of Turkish text. Turkish has two i's: dotted {@code i/İ} and dotless {@code ı/I}, so
 * {@code "istanbul".toUpperCase()} in a default (English) locale gives the wrong {@code ISTANBUL}; everything here
 * uses the Turkish locale explicitly, never the JVM default. {@code null} in gives {@code null} out, so that mapping
 * code can pass optional vendor fields straight through.
 */
public final class TurkishText {
    /** Turkish as used in Türkiye. */
    public static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    private TurkishText() {
    }

    /** Upper case the Turkish way: i → İ, ı → I. */
    public static String upper(String s) {
        return s == null ? null : s.toUpperCase(TURKISH);
    }

    /** Lower case the Turkish way: I → ı, İ → i. */
    public static String lower(String s) {
        return s == null ? null : s.toLowerCase(TURKISH);
    }

    /**
     * A key for comparing codes case-insensitively the Turkish way: {@code "ılıca"}, {@code "ILICA"} and
     * {@code "Ilıca"} share a key, {@code "istanbul"} and {@code "İSTANBUL"} share another, while {@code "ISTANBUL"}
     * (typed with an English keyboard) is a different code. The text is first composed (NFC) so that an
     * {@code İ} sent as {@code I} + combining dot matches a precomposed one. Spaces are kept: they are part of a
     * code.
     */
    public static String codeKey(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC).toUpperCase(TURKISH);
    }

    /** Whether two codes are the same the Turkish way; see {@link #codeKey(String)}. Two {@code null}s are equal. */
    public static boolean sameCode(String a, String b) {
        return a == null ? b == null : b != null && codeKey(a).equals(codeKey(b));
    }

    /**
     * The text with Turkish letters replaced by their plain Latin look-alikes (ç→c, ğ→g, ı→i, İ→I, ö→o, ş→s, ü→u,
     * and upper case alike), for systems that accept only ASCII: e-mail addresses, file names, older vendor fields.
     * Other characters are kept.
     */
    public static String toAscii(String s) {
        if (s == null) {
            return null;
        }
        String composed = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            out.append(switch (c) {
                case 'ç' -> 'c';
                case 'Ç' -> 'C';
                case 'ğ' -> 'g';
                case 'Ğ' -> 'G';
                case 'ı' -> 'i';
                case 'İ' -> 'I';
                case 'ö' -> 'o';
                case 'Ö' -> 'O';
                case 'ş' -> 's';
                case 'Ş' -> 'S';
                case 'ü' -> 'u';
                case 'Ü' -> 'U';
                case 'â' -> 'a';
                case 'Â' -> 'A';
                case 'î' -> 'i';
                case 'Î' -> 'I';
                case 'û' -> 'u';
                case 'Û' -> 'U';
                default -> c;
            });
        }
        return out.toString();
    }
}
