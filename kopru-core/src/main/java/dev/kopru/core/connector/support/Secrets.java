package dev.kopru.core.connector.support;

/** Keeps secrets out of vendor text that goes on into messages and logs, even when a server echoes one. */
public final class Secrets {

    /** What a secret is replaced with. */
    public static final String MASK = "****";

    private Secrets() {
    }

    /** {@code text} with each secret, in the order given, replaced by {@link #MASK}; null stays null. */
    public static String scrub(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String secret : secrets) {
            // A very short secret would blank out ordinary words; such a secret is not worth hiding this way.
            if (secret != null && secret.length() >= 4) {
                clean = clean.replace(secret, MASK);
            }
        }
        return clean;
    }
}
