package dev.kopru.sync.store;

import java.time.Instant;

/**
 * A record that failed permanently, with what a person needs to fix it: the stage, the outcome type, the field and
 * the vendor's own message, and the history of attempts as JSON. One OPEN dead letter per source key at most.
 */
public record DeadLetter(long id, long pipelineId, String sourceKey, String sourceRecord, Stage stage, String outcome,
                         String field, String vendorMessage, String message, String attemptsJson, State state,
                         Instant createdAt, Instant updatedAt) {

    public enum Stage { READ, WRITE }

    public enum State { OPEN, REPLAYED }
}
