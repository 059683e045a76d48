package dev.kopru.sync.schedule;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.kopru.core.input.InvalidInputException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/** When a pipeline runs on its own: at a fixed interval after the previous run ended, or on a cron expression. */
public sealed interface PipelineSchedule extends Serializable {

    /** db-scheduler's form of this schedule. */
    Schedule toSchedule();

    static PipelineSchedule every(Duration interval) {
        return new Every(interval);
    }

    /** A Spring-style six-field cron expression ({@code "0 0 * * * *"}: every hour), in UTC. */
    static PipelineSchedule cron(String expression) {
        return new Cron(expression);
    }

    /** The next run starts {@code interval} after the previous one ended, so runs never pile up. */
    record Every(Duration interval) implements PipelineSchedule {
        public Every {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero()) {
                throw new InvalidInputException("interval", "must be positive, was " + interval);
            }
        }

        @Override
        public Schedule toSchedule() {
            return Schedules.fixedDelay(interval);
        }
    }

    record Cron(String expression) implements PipelineSchedule {
        public Cron {
            Objects.requireNonNull(expression, "expression");
            try {
                Schedules.cron(expression);
            } catch (RuntimeException e) {
                throw new InvalidInputException("cron", "invalid expression '" + expression + "': " + e.getMessage());
            }
        }

        @Override
        public Schedule toSchedule() {
            return Schedules.cron(expression);
        }
    }
}
