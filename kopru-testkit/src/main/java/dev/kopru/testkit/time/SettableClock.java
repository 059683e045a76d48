package dev.kopru.testkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock tests move by hand, so time-outs, delays, rates and windows are tested without waiting. It stays in the
 * zone it was made in: {@link #withZone} returns the same clock, as the sandboxes expect one vendor zone.
 */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private final Instant start;
    private volatile Instant now;

    /** A clock at {@code start} in {@code zone}. */
    public SettableClock(LocalDateTime start, ZoneId zone) {
        this.zone = zone;
        this.start = start.atZone(zone).toInstant();
        this.now = this.start;
    }

    /** Back to where the clock started. */
    public void rewind() {
        now = start;
    }

    /** Moves the clock on by {@code duration}. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
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
