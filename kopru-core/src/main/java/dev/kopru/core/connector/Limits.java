package dev.kopru.core.connector;

import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;
import java.util.Optional;

/**
 * The vendor's limits. {@code maxDateWindow} is the longest date range one list call may ask for;
 * {@code rateLimit} is enforced per connection by the client and by the engine.
 */
public record Limits(int defaultPageSize, int maxPageSize, Optional<Duration> maxDateWindow,
                     Optional<RateLimit> rateLimit) {

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
