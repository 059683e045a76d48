package dev.kopru.server.runs;

import dev.kopru.sync.store.Run;
import java.time.Instant;

/**
 * One run as the API shows it; {@code endedAt} and {@code error} are null while it runs, and {@code durationMs} is
 * then the time it has taken so far. {@code state} is the engine's; {@code outcome} also tells a run that
 * dead-lettered records or left writes in doubt ({@code SUCCEEDED_WITH_FAILURES}) from a clean one.
 */
public record RunView(long id, long pipelineId, String pipelineName, Run.State state, RunOutcome outcome,
                      Instant startedAt, Instant endedAt, long durationMs, CountsView counts, String error) {
}
