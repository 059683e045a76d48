package dev.kopru.mikro.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand, so time-outs are tested without waiting. */
final class SettableClock extends Clock {

    private volatile Instant now;

    SettableClock(LocalDateTime start) {
        this.now = start.atZone(MikroSandboxOptions.ISTANBUL).toInstant();
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return MikroSandboxOptions.ISTANBUL;
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
