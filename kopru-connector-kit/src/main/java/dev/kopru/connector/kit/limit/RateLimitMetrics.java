package dev.kopru.connector.kit.limit;

import java.time.Duration;

/**
 * What the client's rate limit has done so far, for dashboards and tests.
 *
 * @param calls          calls let through to the vendor (each attempt of a retried read counts)
 * @param throttledCalls calls among them that had to wait for their turn
 * @param waited         total time those calls waited
 * @param refusedCalls   calls that gave up after the maximum wait and failed as rate limited, never sent
 */
public record RateLimitMetrics(long calls, long throttledCalls, Duration waited, long refusedCalls) {
}
