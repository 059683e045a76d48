package dev.kopru.sync.write;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The failed attempts of one record's write, kept for its dead letter. */
final class AttemptLog {

    record Attempt(Instant at, String step, String outcome, String message) { }

    private final Clock clock;
    private final List<Attempt> attempts = new ArrayList<>();

    AttemptLog(Clock clock) {
        this.clock = clock;
    }

    void add(String step, Throwable failure) {
        attempts.add(new Attempt(clock.instant(), step, failure.getClass().getSimpleName(), failure.getMessage()));
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }
}
