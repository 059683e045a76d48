package dev.kopru.connector.kit.http;

import dev.kopru.core.connector.ConnectorException;
import java.util.Collection;

/** Keeps secrets out of vendor text and failures, even when a vendor echoes a credential back. */
public final class Redaction {

    /** What a secret is replaced with. */
    public static final String MASK = "****";

    private Redaction() {
    }

    /** {@code text} with each secret replaced by {@link #MASK}; null stays null. */
    public static String scrub(String text, Collection<String> secrets) {
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

    /** {@code failure} itself when it quotes no secret, else the same outcome with the secrets masked. */
    public static ConnectorException scrub(ConnectorException failure, Collection<String> secrets) {
        String message = failure.getMessage();
        String vendorMessage = failure.vendorMessage().orElse(null);
        String cleanMessage = scrub(message, secrets);
        String cleanVendor = scrub(vendorMessage, secrets);
        if (java.util.Objects.equals(message, cleanMessage) && java.util.Objects.equals(vendorMessage, cleanVendor)) {
            return failure;
        }
        String op = failure.operation();
        ConnectorException clean = switch (failure) {
            case ConnectorException.Transient t -> new ConnectorException.Transient(op, cleanMessage, cleanVendor, null);
            case ConnectorException.AuthExpired a -> new ConnectorException.AuthExpired(op, cleanMessage, cleanVendor);
            case ConnectorException.AuthRejected a -> new ConnectorException.AuthRejected(op, cleanMessage, cleanVendor);
            case ConnectorException.RateLimited r ->
                    new ConnectorException.RateLimited(op, cleanMessage, cleanVendor, r.retryAfter());
            case ConnectorException.Validation v ->
                    new ConnectorException.Validation(op, v.field().orElse(null), cleanMessage, cleanVendor);
            case ConnectorException.NotFound n -> new ConnectorException.NotFound(op, cleanMessage, cleanVendor);
            case ConnectorException.InDoubt d -> new ConnectorException.InDoubt(op, cleanMessage, null);
            case ConnectorException.QuotaExhausted q -> new ConnectorException.QuotaExhausted(op, cleanMessage, cleanVendor);
        };
        // the cause's own message may quote the secret too; its type and stack are what a reader needs
        clean.setStackTrace(failure.getStackTrace());
        return clean;
    }
}
