package dev.kopru.connector.kit.chain;

import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before retrying a transient failure: exponential from {@code initial} up to {@code max}, each
 * delay varied by ±{@code jitter} (a fraction) so that many workers do not retry in step. {@link #none()} is for
 * tests, where retries must take no wall time.
 */
public record Backoff(Duration initial, Duration max, double jitter) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new InvalidInputException("backoff", "need 0 <= initial <= max, was " + initial + " / " + max);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new InvalidInputException("backoff.jitter", "must be in [0, 1), was " + jitter);
        }
    }

    public static Backoff exponential(Duration initial, Duration max, double jitter) {
        return new Backoff(initial, max, jitter);
    }

    public static Backoff none() {
        return new Backoff(Duration.ZERO, Duration.ZERO, 0);
    }

    /** Whether a retry waits at all. */
    public boolean waits() {
        return !initial.isZero();
    }
}
