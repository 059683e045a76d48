package dev.kopru.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.testkit.time.SettableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionActivityTest {

    private final SettableClock clock = new SettableClock(LocalDateTime.of(2026, 12, 5, 10, 0, 30), ZoneOffset.UTC);
    private final ConnectionActivity activity = new ConnectionActivity(clock);

    @Test
    void a_minutes_calls_give_their_count_and_percentiles_by_outcome_to_within_a_bucket() {
        for (int ms = 1; ms <= 100; ms++) {
            activity.record(7, "ok", Duration.ofMillis(ms));
        }
        activity.record(7, "Unavailable", Duration.ofSeconds(5));

        ConnectionActivity.Minute minute = activity.lastMinutes(7, 1).getFirst();

        assertThat(minute.minute()).isEqualTo(LocalDateTime.of(2026, 12, 5, 10, 0).toInstant(ZoneOffset.UTC));
        assertThat(minute.calls()).isEqualTo(101);
        ConnectionActivity.Outcome ok = minute.outcomes().get(1);
        assertThat(ok.outcome()).isEqualTo("ok");
        assertThat(ok.calls()).isEqualTo(100);
        assertThat(ok.p50Ms()).isBetween(50.0, 50 * 1.19);
        assertThat(ok.p95Ms()).isBetween(95.0, 95 * 1.19);
        assertThat(minute.outcomes().getFirst().p95Ms()).isBetween(5000.0, 5000 * 1.19);
        assertThat(minute.p50Ms()).isEqualTo(ok.p50Ms());
    }

    @Test
    void quiet_minutes_are_listed_and_an_hour_old_minute_is_forgotten() {
        activity.record(7, "ok", Duration.ofMillis(3));
        clock.advance(Duration.ofMinutes(2));
        activity.record(7, "ok", Duration.ofMillis(3));
        activity.record(7, "ok", Duration.ofMillis(3));

        List<ConnectionActivity.Minute> minutes = activity.lastMinutes(7, 3);

        assertThat(minutes).extracting(ConnectionActivity.Minute::calls).containsExactly(1L, 0L, 2L);
        assertThat(minutes.get(1).p95Ms()).isNull();
        assertThat(activity.lastMinutes(8, 60)).hasSize(60).allMatch(m -> m.calls() == 0);

        clock.advance(Duration.ofMinutes(60)); // the slot of 10:02 now stands for 11:02
        activity.record(7, "ok", Duration.ofMillis(3));
        assertThat(activity.lastMinutes(7, 60)).extracting(ConnectionActivity.Minute::calls).containsOnly(0L, 1L)
                .filteredOn(calls -> calls == 1).hasSize(1);
    }
}
