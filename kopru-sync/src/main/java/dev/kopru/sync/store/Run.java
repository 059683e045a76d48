package dev.kopru.sync.store;

import java.time.Instant;

/** One execution of a pipeline; {@code endedAt} and {@code error} are null while it runs. */
public record Run(long id, long pipelineId, State state, Instant startedAt, Instant endedAt, RunCounts counts,
                  String error) {
    /** ABANDONED: the node running it stopped (died) before finishing; a later run took over from its cursor. */
    public enum State { RUNNING, SUCCEEDED, FAILED, ABANDONED }
}
