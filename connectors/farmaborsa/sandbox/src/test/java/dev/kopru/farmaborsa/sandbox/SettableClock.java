package dev.kopru.farmaborsa.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand, so delays, rates and windows are tested without waiting. */
final class SettableClock extends Clock {

    private final Instant start;
    private volatile Instant now;

    SettableClock(LocalDateTime start) {
        this.start = start.atZone(FarmaBorsaSandboxOptions.ISTANBUL).toInstant();
        this.now = this.start;
    }

    /** Back to where the clock started. */
    void rewind() {
        now = start;
    }

    /** The golden day: 2025-12-03 10:00 Istanbul, as the golden preset's fixed clock. */
    static SettableClock golden() {
        return new SettableClock(LocalDateTime.of(2025, 12, 3, 10, 0));
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return FarmaBorsaSandboxOptions.ISTANBUL;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
