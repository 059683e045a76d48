package dev.kopru.sync.write;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * What becomes of a record whose write failed only transiently (5xx, connection resets, rate limits, an expired
 * session: nothing was applied) after the run's retries: it is kept RETRYING and later runs try it again, the first
 * {@code firstWait} after the failure and twice as long after each further failing run, until {@code deadLetterAfterRuns}
 * runs have failed it; then it is a dead letter. Permanent refusals are dead letters at once.
 *
 * @param deadLetterAfterRuns how many runs may fail a record transiently before it is dead-lettered; 1: at once
 * @param firstWait           the wait before the first retry by a later run; zero: the next run
 */
public record TransientRetries(int deadLetterAfterRuns, Duration firstWait) {

    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    public TransientRetries {
        if (deadLetterAfterRuns < 1) {
            throw new InvalidInputException("transientRetries.deadLetterAfterRuns", "must be at least 1, was "
                    + deadLetterAfterRuns);
        }
        Objects.requireNonNull(firstWait, "firstWait");
        if (firstWait.isNegative()) {
            throw new InvalidInputException("transientRetries.firstWait", "must not be negative, was " + firstWait);
        }
    }

    /** Three runs, the first retry 5 minutes after the failure (then 10). */
    public static TransientRetries defaults() {
        return new TransientRetries(3, Duration.ofMinutes(5));
    }

    /** Every failure is a dead letter at once, as before transient retries existed. */
    public static TransientRetries none() {
        return new TransientRetries(1, Duration.ZERO);
    }

    /** Whether {@code e} applied nothing and may well pass on a later run. */
    public static boolean isTransient(ConnectorException e) {
        return e instanceof ConnectorException.Transient || e instanceof ConnectorException.RateLimited
                || e instanceof ConnectorException.AuthExpired;
    }

    /** The wait after the {@code runs}-th failing run: {@code firstWait} doubled per run after the first, at most a day. */
    public Duration waitAfter(int runs) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(runs - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
