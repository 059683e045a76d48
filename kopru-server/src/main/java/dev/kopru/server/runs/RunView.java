package dev.kopru.server.runs;

import dev.kopru.sync.store.Run;
import java.time.Instant;

/**
 * One run as the API shows it; {@code endedAt} and {@code error} are null while it runs, and {@code durationMs} is
 * then the time it has taken so far.
 */
public record RunView(long id, long pipelineId, String pipelineName, Run.State state, Instant startedAt,
                      Instant endedAt, long durationMs, CountsView counts, String error) {
}
