package dev.kopru.core.connector;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Every failure a connector reports is one of these outcomes, so that the engine can act on it with a
 * switch instead of parsing messages. Messages never contain secrets; they name the operation, the field
 * and the vendor's own words where there are any.
 */
public sealed abstract class ConnectorException extends RuntimeException
        permits ConnectorException.Transient, ConnectorException.AuthExpired, ConnectorException.AuthRejected,
        ConnectorException.RateLimited, ConnectorException.Validation, ConnectorException.NotFound,
        ConnectorException.InDoubt, ConnectorException.QuotaExhausted {

    private final String operation;
    private final String vendorMessage;

    ConnectorException(String operation, String message, String vendorMessage, Throwable cause) {
        super(message, cause);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.vendorMessage = vendorMessage;
    }

    /** The vendor operation that failed, e.g. {@code CariKaydetV2}. */
    public String operation() {
        return operation;
    }

    /** The vendor's own error text, verbatim, when the vendor gave one. */
    public Optional<String> vendorMessage() {
        return Optional.ofNullable(vendorMessage);
    }

    /** Network failure, 5xx, or a vendor "try again" answer; a read may be retried, a write was not applied. */
    public static final class Transient extends ConnectorException {
        public Transient(String operation, String message, String vendorMessage, Throwable cause) {
            super(operation, message, vendorMessage, cause);
        }
    }

    /** The session or token expired: log in again once, then retry. */
    public static final class AuthExpired extends ConnectorException {
        public AuthExpired(String operation, String message, String vendorMessage) {
            super(operation, message, vendorMessage, null);
        }
    }

    /** The vendor refused the credentials themselves (wrong key, password, company): permanent until fixed. */
    public static final class AuthRejected extends ConnectorException {
        public AuthRejected(String operation, String message, String vendorMessage) {
            super(operation, message, vendorMessage, null);
        }
    }

    /** The vendor throttled the call; wait {@link #retryAfter()} before the next one. */
    public static final class RateLimited extends ConnectorException {
        private final Duration retryAfter;

        public RateLimited(String operation, String message, String vendorMessage, Duration retryAfter) {
            super(operation, message, vendorMessage, null);
            this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The vendor (or the connector before sending) rejected the input: permanent until the data is fixed. */
    public static final class Validation extends ConnectorException {
        private final String field;

        public Validation(String operation, String field, String message, String vendorMessage) {
            super(operation, message, vendorMessage, null);
            this.field = field;
        }

        /** The canonical or vendor field at fault, when known. */
        public Optional<String> field() {
            return Optional.ofNullable(field);
        }
    }

    /** The record asked for does not exist. */
    public static final class NotFound extends ConnectorException {
        public NotFound(String operation, String message, String vendorMessage) {
            super(operation, message, vendorMessage, null);
        }
    }

    /**
     * The vendor account has no credit left for billable calls (DİA's kontör, {@code CREDIT_ERROR}): every further call
     * would be refused the same way until someone tops the account up, so a caller stops instead of retrying or
     * dead-lettering record after record. Nothing was applied.
     */
    public static final class QuotaExhausted extends ConnectorException {
        public QuotaExhausted(String operation, String message, String vendorMessage) {
            super(operation, message, vendorMessage, null);
        }
    }

    /**
     * A write was sent but its outcome is unknown (timeout or connection lost after sending). The record may or
     * may not exist: look it up by its natural key before sending anything again.
     */
    public static final class InDoubt extends ConnectorException {
        public InDoubt(String operation, String message, Throwable cause) {
            super(operation, message, null, cause);
        }
    }
}
