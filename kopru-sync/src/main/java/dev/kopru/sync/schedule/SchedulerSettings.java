package dev.kopru.sync.schedule;

import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * How one node's scheduler runs. A node is given up for dead when its execution's heartbeat is older than
 * {@code heartbeat × missedHeartbeats}; {@code retryAfterCrash} is how long a run that threw waits before it is tried
 * again; {@code shutdownWait} is how long {@link PipelineScheduler#stop()} waits for running pipelines.
 */
public record SchedulerSettings(String nodeName, int threads, Duration pollInterval, Duration heartbeat,
                                int missedHeartbeats, Duration retryAfterCrash, Duration shutdownWait) {

    public SchedulerSettings {
        if (nodeName == null || nodeName.isBlank()) {
            throw new InvalidInputException("nodeName", "required (unique per node)");
        }
        if (threads < 1) {
            throw new InvalidInputException("threads", "must be at least 1, was " + threads);
        }
        positive("pollInterval", pollInterval);
        positive("heartbeat", heartbeat);
        if (missedHeartbeats < 4) {
            throw new InvalidInputException("missedHeartbeats", "must be at least 4, was " + missedHeartbeats);
        }
        positive("retryAfterCrash", retryAfterCrash);
        Objects.requireNonNull(shutdownWait, "shutdownWait");
    }

    /** Production defaults: 10 s polling, 5 min heartbeat, dead after 6 missed beats (30 min). */
    public static SchedulerSettings defaults(String nodeName) {
        return new SchedulerSettings(nodeName, 4, Duration.ofSeconds(10), Duration.ofMinutes(5), 6,
                Duration.ofMinutes(1), Duration.ofMinutes(5));
    }

    public SchedulerSettings withHeartbeat(Duration beat, int missed) {
        return new SchedulerSettings(nodeName, threads, pollInterval, beat, missed, retryAfterCrash, shutdownWait);
    }

    public SchedulerSettings withPollInterval(Duration interval) {
        return new SchedulerSettings(nodeName, threads, interval, heartbeat, missedHeartbeats, retryAfterCrash,
                shutdownWait);
    }

    public SchedulerSettings withRetryAfterCrash(Duration wait) {
        return new SchedulerSettings(nodeName, threads, pollInterval, heartbeat, missedHeartbeats, wait, shutdownWait);
    }

    public SchedulerSettings withShutdownWait(Duration wait) {
        return new SchedulerSettings(nodeName, threads, pollInterval, heartbeat, missedHeartbeats, retryAfterCrash,
                wait);
    }

    private static void positive(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidInputException(field, "must be positive, was " + value);
        }
    }
}
