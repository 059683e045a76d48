package dev.kopru.server.pipelines;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.sync.schedule.PipelineSchedule;
import dev.kopru.sync.store.PipelineSpec;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/v1/pipelines} and {@code PUT /api/v1/pipelines/{id}}. {@code options} go to the
 * engine as they are (it checks them); {@code schedule} is {@code {"every":"PT5M"}}, {@code {"cron":"0 0 * * * *"}}
 * or null; {@code version} is required by PUT (the version the change was made to).
 */
public record PipelineRequest(String name, Side source, Side target, PipelineSpec.Mode mode, Integer batchSize,
                              JsonNode options, ScheduleJson schedule, Integer version) {

    public static final int DEFAULT_BATCH_SIZE = 100;

    /** One side of a pipeline: a stored connection and a canonical entity name ({@code party}, {@code item}...). */
    public record Side(Long connectionId, String entity) {
    }

    /** A schedule on the wire: exactly one of {@code every} (ISO-8601 duration) and {@code cron} (six fields, UTC). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScheduleJson(String every, String cron) {

        static ScheduleJson of(PipelineSchedule schedule) {
            return switch (schedule) {
                case null -> null;
                case PipelineSchedule.Every e -> new ScheduleJson(e.interval().toString(), null);
                case PipelineSchedule.Cron c -> new ScheduleJson(null, c.expression());
            };
        }

        PipelineSchedule toSchedule() {
            if ((every == null) == (cron == null)) {
                throw new InvalidInputException("schedule", "give exactly one of every (e.g. \"PT5M\") and cron"
                        + " (e.g. \"0 */5 * * * *\"), or null for no schedule");
            }
            if (every != null) {
                Duration interval;
                try {
                    interval = Duration.parse(every);
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("schedule.every", "'" + every
                            + "' is not an ISO-8601 duration such as PT5M");
                }
                if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
                    throw new InvalidInputException("schedule.every", "must be at least PT1S, was " + every);
                }
                return PipelineSchedule.every(interval);
            }
            try {
                return PipelineSchedule.cron(cron);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("schedule." + e.field(), e.reason());
            }
        }
    }

    static PipelineSchedule scheduleOf(ScheduleJson schedule) {
        return schedule == null ? null : schedule.toSchedule();
    }
}
