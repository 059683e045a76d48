package dev.kopru.sync.write;

/** What happened to one source record; a run adds these up into its counts. */
public sealed interface WriteResult {

    String sourceKey();

    /** Sent as a create and linked. {@code afterDoubt}: an earlier send of it was in doubt and not found. */
    record Created(String sourceKey, String targetKey, boolean afterDoubt) implements WriteResult { }

    /** Found in the target by its natural key after an in-doubt or interrupted create, and linked without sending. */
    record Resolved(String sourceKey, String targetKey) implements WriteResult { }

    /** Linked and changed: the target record was updated. */
    record Updated(String sourceKey, String targetKey) implements WriteResult { }

    /** Nothing to do: unchanged since the last write, or changed where the policy says to skip. */
    record Skipped(String sourceKey, String reason) implements WriteResult { }

    /** Failed permanently; the dead letter holds the details. */
    record DeadLettered(String sourceKey, long deadLetterId, String outcome) implements WriteResult { }

    /**
     * Failed only transiently after the run's retries: kept RETRYING (not a dead letter yet), tried again by the
     * first run after {@code retryAfter}; {@code runs} runs have failed it so far.
     */
    record Retrying(String sourceKey, long deadLetterId, int runs, java.time.Instant retryAfter)
            implements WriteResult { }

    /**
     * The source deleted (or cancelled) the record and the link is marked so; {@code propagated}: the linked target
     * record was deleted too (delete policy PROPAGATE), else it was left as it is (MARK).
     */
    record Deleted(String sourceKey, String targetKey, boolean propagated) implements WriteResult { }

    /** Sent, and still unknown after every lookup allowed: the intent stays IN_DOUBT for the next run. */
    record InDoubt(String sourceKey) implements WriteResult { }
}
