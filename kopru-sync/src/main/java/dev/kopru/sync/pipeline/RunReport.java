package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.RunCounts;

/**
 * How a run ended: its id in the {@code runs} table, its state and its counts. {@code quotaExhausted} holds the
 * vendor's words when the run stopped because a connection's account is out of credit (DİA's kontör), null otherwise:
 * every further run would stop the same way until someone tops the account up.
 */
public record RunReport(long runId, Run.State state, RunCounts counts, String error, String quotaExhausted) {

    public RunReport(long runId, Run.State state, RunCounts counts, String error) {
        this(runId, state, counts, error, null);
    }
}
