package dev.kopru.core.connector;

import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;
import java.util.Optional;

/**
 * The vendor's limits. {@code maxDateWindow} is the longest date range one list call may ask for;
 * {@code rateLimit} is enforced per connection by the client and by the engine; {@code concurrentWrites} is how many
 * writes the vendor takes at once from one account (1: it serialises them), the number of writers a pipeline run
 * uses against it unless the pipeline says otherwise.
 */
public record Limits(int defaultPageSize, int maxPageSize, Optional<Duration> maxDateWindow,
                     Optional<RateLimit> rateLimit, int concurrentWrites) {

    public Limits {
        if (concurrentWrites < 1) {
            throw new InvalidInputException("concurrentWrites", "must be at least 1, was " + concurrentWrites);
        }
    }

    /** Limits of a vendor that takes one write at a time. */
    public Limits(int defaultPageSize, int maxPageSize, Optional<Duration> maxDateWindow,
                  Optional<RateLimit> rateLimit) {
        this(defaultPageSize, maxPageSize, maxDateWindow, rateLimit, 1);
    }

    /** At most {@code permits} calls in every {@code period}. */
    public record RateLimit(int permits, Duration period) {
        public RateLimit {
            if (permits < 1) {
                throw new InvalidInputException("rateLimit.permits", "must be at least 1, was " + permits);
            }
            if (period.isZero() || period.isNegative()) {
                throw new InvalidInputException("rateLimit.period", "must be positive, was " + period);
            }
        }
    }
}
