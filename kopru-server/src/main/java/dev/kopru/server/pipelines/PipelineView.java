package dev.kopru.server.pipelines;

import dev.kopru.server.runs.RunView;
import dev.kopru.sync.store.PipelineSpec;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A pipeline as the API shows it: its definition, its schedule and paused flag (with the reason when Köprü paused it
 * itself, e.g. a vendor account out of credit), whether a node is running it, when it runs next (null when nothing is
 * due), and its newest run.
 */
public record PipelineView(long id, String name, PipelineRequest.Side source, PipelineRequest.Side target,
                           PipelineSpec.Mode mode, int batchSize, JsonNode options, int version,
                           PipelineRequest.ScheduleJson schedule, boolean paused, String pausedReason, boolean running, Instant nextRunAt,
                           RunView lastRun) {
}
