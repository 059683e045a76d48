package dev.kopru.testkit.sandbox;

import java.time.Duration;

/** {@code Retry-After} is whole seconds; rounding down would invite a request that is refused again. */
final class RetryAfter {

    private RetryAfter() {
    }

    static long seconds(Duration retryAfter) {
        long millis = Math.max(0, retryAfter.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }
}
