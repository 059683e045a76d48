package dev.kopru.sync.store;

import java.time.Instant;

/**
 * A record that failed permanently, with what a person needs to fix it: the stage, the outcome type, the field and
 * the vendor's own message, and the history of attempts as JSON. One OPEN dead letter per source key at most.
 */
public record DeadLetter(long id, long pipelineId, String sourceKey, String sourceRecord, Stage stage, String outcome,
                         String field, String vendorMessage, String message, String attemptsJson, State state,
                         Instant createdAt, Instant updatedAt) {

    /** READ: the source refused; MAP: the record could not be mapped to the target's; WRITE: the target refused;
     *  AFTER: a step after the write (e.g. confirming the order) was refused. */
    public enum Stage { READ, MAP, WRITE, AFTER }

    public enum State { OPEN, REPLAYED }
}
