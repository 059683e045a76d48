package dev.kopru.core.connector.support;

import dev.kopru.core.connector.ConnectorException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * The outcome of a vendor call that got no usable answer. A write that may have reached the vendor is in doubt
 * (vendors have no idempotency key, so only a look-up can tell); a connection never opened sent nothing, so it is
 * transient even for a write; a read is always transient.
 *
 * @param vendor        the vendor's name in messages, e.g. {@code "Mikro"}
 * @param inDoubtAdvice what the caller should do about an in-doubt write, ending each such message
 */
public record CallFailures(String vendor, String inDoubtAdvice) {

    /** An answer with a status but a body that cannot be read ({@code why}: "empty body", "not JSON"). */
    public ConnectorException unreadable(String method, boolean write, int httpStatus, String why) {
        if (write) {
            return new ConnectorException.InDoubt(method, method + ": HTTP " + httpStatus
                    + " with an unreadable answer (" + why + "); " + inDoubtAdvice, null);
        }
        return new ConnectorException.Transient(method,
                method + ": HTTP " + httpStatus + " with an unreadable answer (" + why + ")", null, null);
    }

    /** The HTTP client failed: a time-out, a reset, a refused connection. */
    public ConnectorException fromIo(String method, boolean write, IOException e) {
        boolean neverSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
        String what = e instanceof HttpTimeoutException ? "timed out" : "failed (" + e.getClass().getSimpleName() + ")";
        if (write && !neverSent) {
            return new ConnectorException.InDoubt(method, method + ": the call " + what
                    + " after the request may have been sent; " + inDoubtAdvice, e);
        }
        return new ConnectorException.Transient(method, method + ": the call " + what
                + (neverSent ? " before anything was sent" : ""), null, e);
    }

    /** The thread was interrupted while it waited for the vendor (or for a retry's pause). */
    public ConnectorException interrupted(String method, boolean write, InterruptedException e) {
        if (write) {
            return new ConnectorException.InDoubt(method, method + ": interrupted while waiting for " + vendor + "; "
                    + inDoubtAdvice, e);
        }
        return new ConnectorException.Transient(method, method + ": interrupted while waiting for " + vendor, null,
                e);
    }

    /** Vendor text on one line and at most 300 characters, for a message. */
    public static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
