package dev.kopru.sync.mapping;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.sync.write.TransientRetries;
import java.util.Objects;

/**
 * A source record that cannot be turned into a target record as it is: {@code field} names what to fix (in the
 * source record, or the pipeline option that would cover it). The record is dead-lettered; replay maps it again.
 * Two kinds wait for a later run instead: {@link InDoubt} and {@link Transient}.
 */
public class MappingException extends RuntimeException {

    private final String field;
    private final String vendorMessage;

    public MappingException(String field, String reason) {
        this(field, reason, null);
    }

    public MappingException(String field, String reason, String vendorMessage) {
        super(field + ": " + reason);
        this.field = Objects.requireNonNull(field, "field");
        this.vendorMessage = vendorMessage;
    }

    public String field() {
        return field;
    }

    /** The vendor's own words, when a vendor call behind the mapping failed (e.g. creating the buyer). */
    public String vendorMessage() {
        return vendorMessage;
    }

    /** The failure of a vendor call the mapping made: {@link Transient} where it applied nothing and may pass later. */
    public static MappingException of(String field, ConnectorException e) {
        String vendorMessage = e.vendorMessage().orElse(null);
        return TransientRetries.isTransient(e)
                ? new Transient(field, e.getMessage(), vendorMessage, e.getClass().getSimpleName())
                : new MappingException(field, e.getMessage(), vendorMessage);
    }

    /** A write the mapping needed (the buyer) is still in doubt: the record waits for the next run. */
    public static final class InDoubt extends MappingException {
        public InDoubt(String field, String reason) {
            super(field, reason);
        }
    }

    /**
     * A vendor call the mapping needed (the buyer's create, a look-up) failed only transiently after the run's
     * retries: the record is kept RETRYING, like a write that failed so, and a later run maps it again.
     */
    public static final class Transient extends MappingException {

        private final String outcome;

        public Transient(String field, String reason, String vendorMessage, String outcome) {
            super(field, reason, vendorMessage);
            this.outcome = Objects.requireNonNull(outcome, "outcome");
        }

        /** The failure's kind, named as a write's letter names it ({@code Transient}, {@code RateLimited}, ...). */
        public String outcome() {
            return outcome;
        }
    }
}
