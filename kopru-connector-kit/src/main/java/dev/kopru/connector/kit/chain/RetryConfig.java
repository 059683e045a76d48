package dev.kopru.connector.kit.chain;

import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link Retries} repeats and how long it waits.
 *
 * @param maxAttempts      calls per vendor call, the first included, when the outcome is transient, rate limited or
 *                         (for a {@linkplain VendorCall.Kind#WRITE_REPEATABLE repeatable write}) in doubt
 * @param backoff          the wait between transient retries
 * @param maxRateLimitWait the longest wait honoured for a vendor's retry-after (longer ones are cut to it)
 */
public record RetryConfig(int maxAttempts, Backoff backoff, Duration maxRateLimitWait) {

    public RetryConfig {
        if (maxAttempts < 1) {
            throw new InvalidInputException("maxAttempts", "must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
        if (maxRateLimitWait.isNegative()) {
            throw new InvalidInputException("maxRateLimitWait", "must not be negative, was " + maxRateLimitWait);
        }
    }

    /** 5 attempts, 200 ms doubling to 10 s with 25 % jitter, rate limits honoured up to 5 min. */
    public static RetryConfig defaults() {
        return custom().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder custom() {
        return new Builder();
    }

    /** A builder starting from {@code config}. */
    public static Builder from(RetryConfig config) {
        return new Builder().maxAttempts(config.maxAttempts).backoff(config.backoff)
                .maxRateLimitWait(config.maxRateLimitWait);
    }

    public static final class Builder {
        private int maxAttempts = 5;
        private Backoff backoff = Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(10), 0.25);
        private Duration maxRateLimitWait = Duration.ofMinutes(5);

        private Builder() {
        }

        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder backoff(Backoff backoff) {
            this.backoff = backoff;
            return this;
        }

        public Builder maxRateLimitWait(Duration maxRateLimitWait) {
            this.maxRateLimitWait = maxRateLimitWait;
            return this;
        }

        public RetryConfig build() {
            return new RetryConfig(maxAttempts, backoff, maxRateLimitWait);
        }
    }
}
