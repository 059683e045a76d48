package dev.kopru.connector.kit.http;

import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The typed outcomes every vendor shares, worded with the vendor's name. The rules, and why:
 * <ul>
 *   <li>A write that may have reached the vendor and has no answer saying it was refused is <em>in doubt</em>:
 *       vendors have no idempotency key, so only a look-up by natural key can tell.</li>
 *   <li>A connection never opened sent nothing, so it is transient even for a write.</li>
 *   <li>An HTTP status without the vendor's own envelope: 401/403 refused credentials, 429 throttled, 404 no such
 *       route or record, other 4xx refused input, 5xx transient for a read and in doubt for a write.</li>
 * </ul>
 *
 * @param vendor        the vendor's name in messages, e.g. {@code "Mikro"}
 * @param inDoubtAdvice what the caller should do about an in-doubt write, ending each such message
 */
public record VendorFailures(String vendor, String inDoubtAdvice) {

    /** The advice most vendors need: there is no idempotency key, so look before sending again. */
    public static final String LOOK_UP_FIRST = "look the record up by its natural key before sending it again";

    public static VendorFailures of(String vendor) {
        return new VendorFailures(vendor, LOOK_UP_FIRST);
    }

    /** Whether {@code e} means the request never left this machine, so that sending it again is safe. */
    public static boolean neverSent(IOException e) {
        return e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
    }

    /** The HTTP client failed: a time-out, a reset, a refused connection. */
    public ConnectorException noAnswer(VendorOperation op, IOException e) {
        String method = op.methodName();
        boolean unsent = neverSent(e);
        String what = e instanceof HttpTimeoutException && !unsent ? "timed out"
                : "failed (" + e.getClass().getSimpleName() + ")";
        if (op.write() && !unsent) {
            return new ConnectorException.InDoubt(method, method + ": the call " + what
                    + " after the request may have been sent; " + inDoubtAdvice, e);
        }
        return new ConnectorException.Transient(method, method + ": the call " + what
                + (unsent ? " before anything was sent" : ""), null, e);
    }

    /** The thread was interrupted while it waited for the vendor. */
    public ConnectorException interrupted(VendorOperation op, InterruptedException e) {
        String method = op.methodName();
        if (op.write()) {
            return new ConnectorException.InDoubt(method, method + ": interrupted while waiting for " + vendor + "; "
                    + inDoubtAdvice, e);
        }
        return new ConnectorException.Transient(method, method + ": interrupted while waiting for " + vendor, null, e);
    }

    /** An answer with a status but a body that cannot be read ({@code why}: "empty body", "not JSON"). */
    public ConnectorException unreadable(VendorOperation op, int status, String why) {
        String method = op.methodName();
        if (op.write()) {
            return new ConnectorException.InDoubt(method, method + ": HTTP " + status + " with an unreadable answer ("
                    + why + "); " + inDoubtAdvice, null);
        }
        return new ConnectorException.Transient(method, method + ": HTTP " + status + " with an unreadable answer ("
                + why + ")", null, null);
    }

    /**
     * A non-2xx answer without the vendor's own envelope.
     *
     * @param bodyText   the answer's text, quoted (abbreviated) in the message
     * @param retryAfter how long to wait when the status is 429
     */
    public ConnectorException fromStatus(VendorOperation op, int status, String bodyText, Duration retryAfter) {
        String method = op.methodName();
        String said = bodyText == null || bodyText.isBlank() ? "(empty body)" : abbreviate(bodyText);
        if (status == 401 || status == 403) {
            return new ConnectorException.AuthRejected(method, method + ": HTTP " + status + " from " + vendor + ": "
                    + said, said);
        }
        if (status == 429) {
            return new ConnectorException.RateLimited(method, method + ": HTTP 429 from " + vendor + "; retry after "
                    + retryAfter, said, retryAfter);
        }
        if (status == 404) {
            return new ConnectorException.NotFound(method, method + ": HTTP 404 from " + vendor + ": " + said, said);
        }
        if (status >= 400 && status < 500) {
            return new ConnectorException.Validation(method, null, method + ": HTTP " + status + " from " + vendor
                    + ": " + said, said);
        }
        return serverFailed(op, "HTTP " + status, said);
    }

    /**
     * The vendor failed on its side ({@code what}: "HTTP 500", "StatusCode 500"): a read may be tried again, a write
     * is in doubt, since nothing in the answer says it was not applied.
     */
    public ConnectorException serverFailed(VendorOperation op, String what, String said) {
        String method = op.methodName();
        if (op.write()) {
            return new ConnectorException.InDoubt(method, method + ": " + what + " from " + vendor + " ("
                    + said + ") without saying whether the write was applied; " + inDoubtAdvice, null);
        }
        return new ConnectorException.Transient(method, method + ": " + what + " from " + vendor + ": " + said, said,
                null);
    }

    /** Vendor text on one line and at most 300 characters, for a message. */
    public static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
