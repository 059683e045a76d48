package dev.kopru.connector.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    @Test
    void reads_whole_seconds() {
        assertThat(RetryAfter.of(Optional.of(" 42 "), NOON, WINDOW)).isEqualTo(Duration.ofSeconds(42));
    }

    @Test
    void reads_an_http_date_on_the_given_clock() {
        assertThat(RetryAfter.of(Optional.of("Fri, 04 Dec 2026 12:00:30 GMT"), NOON, WINDOW))
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_date_in_the_past_means_no_wait() {
        assertThat(RetryAfter.of(Optional.of("Fri, 04 Dec 2026 11:00:00 GMT"), NOON, WINDOW)).isZero();
    }

    @Test
    void an_absent_or_unreadable_header_waits_the_fallback() {
        assertThat(RetryAfter.of(Optional.empty(), NOON, WINDOW)).isEqualTo(WINDOW);
        assertThat(RetryAfter.of(Optional.of("soon"), NOON, WINDOW)).isEqualTo(WINDOW);
        assertThat(RetryAfter.of(Optional.of("-5"), NOON, WINDOW)).isEqualTo(WINDOW);
    }
}
