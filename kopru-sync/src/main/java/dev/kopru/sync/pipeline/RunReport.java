package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.RunCounts;

/** How a run ended: its id in the {@code runs} table, its state and its counts. */
public record RunReport(long runId, Run.State state, RunCounts counts, String error) {
}
