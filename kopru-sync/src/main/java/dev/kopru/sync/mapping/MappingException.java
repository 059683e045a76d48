package dev.kopru.sync.mapping;

import java.util.Objects;

/**
 * A source record that cannot be turned into a target record as it is: {@code field} names what to fix (in the
 * source record, or the pipeline option that would cover it). The record is dead-lettered; replay maps it again.
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

    /** A write the mapping needed (the buyer) is still in doubt: the record waits for the next run. */
    public static final class InDoubt extends MappingException {
        public InDoubt(String field, String reason) {
            super(field, reason);
        }
    }
}
