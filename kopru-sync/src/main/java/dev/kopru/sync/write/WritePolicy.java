package dev.kopru.sync.write;

import dev.kopru.connector.kit.chain.Backoff;
import dev.kopru.connector.kit.chain.RetryConfig;
import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * How the writer treats failures.
 *
 * @param maxAttempts            calls per vendor call (read, create, update, lookup) when the outcome is transient
 *                               or rate limited; a record is dead-lettered after the last one
 * @param backoff                the wait between transient retries
 * @param maxRateLimitWait       the longest wait honoured for a vendor's retry-after (longer ones are cut to it)
 * @param maxSends               how often one record's create may be sent in one write when each send ends in doubt
 *                               and the lookup then does not find it
 * @param whenTargetCannotUpdate what to do with a linked record that changed when the target has no update
 * @param resendInDoubtAfter     zero: a create that is in doubt and not found is sent again at once (up to
 *                               {@code maxSends}); otherwise it is only looked up again, by later runs, until this long
 *                               after its last send (for targets whose lookup lags, e.g. FarmaBorsa product cards)
 * @param transientRetries       how later runs retry a record whose write failed only transiently before it is
 *                               dead-lettered
 */
public record WritePolicy(int maxAttempts, Backoff backoff, Duration maxRateLimitWait, int maxSends,
                          NoUpdate whenTargetCannotUpdate, Duration resendInDoubtAfter,
                          TransientRetries transientRetries) {

    /** A changed record whose target cannot be updated is either left alone or shown to a person. */
    public enum NoUpdate {
        /** Count it as skipped: the target keeps the first version (e.g. Mikro stock cards). */
        SKIP,
        /** Dead-letter it, so that someone updates the target by hand or changes the pipeline. */
        DEAD_LETTER
    }

    public WritePolicy {
        if (maxAttempts < 1) {
            throw new InvalidInputException("maxAttempts", "must be at least 1, was " + maxAttempts);
        }
        if (maxSends < 1) {
            throw new InvalidInputException("maxSends", "must be at least 1, was " + maxSends);
        }
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
        Objects.requireNonNull(whenTargetCannotUpdate, "whenTargetCannotUpdate");
        Objects.requireNonNull(resendInDoubtAfter, "resendInDoubtAfter");
        if (resendInDoubtAfter.isNegative()) {
            throw new InvalidInputException("resendInDoubtAfter", "must not be negative, was " + resendInDoubtAfter);
        }
        Objects.requireNonNull(transientRetries, "transientRetries");
    }

    /** A policy that re-sends an in-doubt create that is not found at once, with the default transient retries. */
    public WritePolicy(int maxAttempts, Backoff backoff, Duration maxRateLimitWait, int maxSends,
                       NoUpdate whenTargetCannotUpdate) {
        this(maxAttempts, backoff, maxRateLimitWait, maxSends, whenTargetCannotUpdate, Duration.ZERO,
                TransientRetries.defaults());
    }

    /**
     * 5 attempts, 200 ms doubling to 10 s with 25 % jitter, rate limits honoured up to 5 min, 3 sends; a record that
     * failed transiently is retried by later runs, dead-lettered after 3 ({@link TransientRetries#defaults()}).
     */
    public static WritePolicy defaults() {
        return new WritePolicy(5, Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(10), 0.25),
                Duration.ofMinutes(5), 3, NoUpdate.DEAD_LETTER);
    }

    /** The retries of the run's vendor calls, as the connection's chain makes them. */
    public RetryConfig retries() {
        return new RetryConfig(maxAttempts, backoff, maxRateLimitWait);
    }

    public WritePolicy withMaxAttempts(int n) {
        return new WritePolicy(n, backoff, maxRateLimitWait, maxSends, whenTargetCannotUpdate, resendInDoubtAfter,
                transientRetries);
    }

    public WritePolicy withBackoff(Backoff b) {
        return new WritePolicy(maxAttempts, b, maxRateLimitWait, maxSends, whenTargetCannotUpdate, resendInDoubtAfter,
                transientRetries);
    }

    public WritePolicy withMaxRateLimitWait(Duration d) {
        return new WritePolicy(maxAttempts, backoff, d, maxSends, whenTargetCannotUpdate, resendInDoubtAfter,
                transientRetries);
    }

    public WritePolicy withMaxSends(int n) {
        return new WritePolicy(maxAttempts, backoff, maxRateLimitWait, n, whenTargetCannotUpdate, resendInDoubtAfter,
                transientRetries);
    }

    public WritePolicy whenTargetCannotUpdate(NoUpdate p) {
        return new WritePolicy(maxAttempts, backoff, maxRateLimitWait, maxSends, p, resendInDoubtAfter,
                transientRetries);
    }

    public WritePolicy resendInDoubtAfter(Duration d) {
        return new WritePolicy(maxAttempts, backoff, maxRateLimitWait, maxSends, whenTargetCannotUpdate, d,
                transientRetries);
    }

    public WritePolicy withTransientRetries(TransientRetries t) {
        return new WritePolicy(maxAttempts, backoff, maxRateLimitWait, maxSends, whenTargetCannotUpdate,
                resendInDoubtAfter, t);
    }
}
