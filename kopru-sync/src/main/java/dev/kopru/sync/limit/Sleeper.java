package dev.kopru.sync.limit;

import java.time.Duration;

/** Waits; tests pass one that advances a settable clock instead, so that waiting takes no wall time. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a rate-limit permit", e);
        }
    };

    void sleep(Duration duration);
}
