package dev.kopru.server.pipelines;

import dev.kopru.server.runs.RunOutcome;
import dev.kopru.server.runs.RunView;
import dev.kopru.sync.store.PipelineSpec;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A pipeline as the API shows it: its definition, its schedule and paused flag (with the reason when Köprü paused it
 * itself, e.g. a vendor account out of credit), whether a node is running it, when
 * it runs next (null when nothing is due), its newest run, and what waits for a person: its open dead letters and
 * its in-doubt writes, summed up as {@code health}.
 */
public record PipelineView(long id, String name, PipelineRequest.Side source, PipelineRequest.Side target,
                           PipelineSpec.Mode mode, int batchSize, JsonNode options, int version,
                           PipelineRequest.ScheduleJson schedule, boolean paused, String pausedReason, boolean running,
                           Instant nextRunAt,
                           RunView lastRun, long openDeadLetters, long inDoubt, Health health) {

    /**
     * OK: the last run succeeded cleanly (or there was none) and nothing waits; ATTENTION: records wait in dead
     * letters or in doubt; FAILING: the last run failed or was abandoned.
     */
    public enum Health {
        OK, ATTENTION, FAILING;

        static Health of(RunView lastRun, long openDeadLetters, long inDoubt) {
            RunOutcome last = lastRun == null ? RunOutcome.SUCCEEDED : lastRun.outcome();
            if (last == RunOutcome.FAILED || last == RunOutcome.ABANDONED) {
                return FAILING;
            }
            return openDeadLetters > 0 || inDoubt > 0 ? ATTENTION : OK;
        }
    }
}
