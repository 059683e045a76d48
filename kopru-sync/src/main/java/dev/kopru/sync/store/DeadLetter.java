package dev.kopru.sync.store;

import java.time.Instant;

/**
 * A record that failed permanently, with what a person needs to fix it: the stage, the outcome type, the field and
 * the vendor's own message, and the history of attempts as JSON. One OPEN (or RETRYING) dead letter per source key
 * at most. A RETRYING letter is a record whose write failed only transiently ({@code retryRuns} runs have failed it
 * so far, and the first run after {@code retryAfter} tries it again), or whose create is still in doubt (outcome
 * {@code InDoubt}, due at the next run, whose lookups settle it).
 */
public record DeadLetter(long id, long pipelineId, String sourceKey, String sourceRecord, Stage stage, String outcome,
                         String field, String vendorMessage, String message, String attemptsJson, State state,
                         Instant createdAt, Instant updatedAt, int retryRuns, Instant retryAfter) {

    /** READ: the source refused; MAP: the record could not be mapped to the target's; WRITE: the target refused;
     *  AFTER: a step after the write (e.g. confirming the order) was refused. */
    public enum Stage { READ, MAP, WRITE, AFTER }

    /** OPEN: waits for a person; RETRYING: later runs try it again by themselves; REPLAYED: went through. */
    public enum State { OPEN, RETRYING, REPLAYED }
}
