package dev.kopru.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2025-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void round_trips_its_change_time_and_key() {
        ChangeCursor cursor = new ChangeCursor(Instant.parse("2025-11-21T08:30:00Z"), "120.01|ğüşİ");

        ChangeCursor decoded = ChangeCursor.decode(cursor.encode(), "read", NOW, Duration.ZERO);

        assertThat(decoded).isEqualTo(cursor);
    }

    @Test
    void refuses_a_cursor_from_the_future_naming_the_cursor() {
        Cursor future = new ChangeCursor(Instant.parse("2026-01-01T00:00:00Z"), "x").encode();

        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> ChangeCursor.decode(future, "CariListesiV3", NOW, Duration.ofHours(1)));

        assertThat(refused.field()).contains("cursor");
        assertThat(refused.getMessage()).contains("future").contains("2026-01-01");
        assertThat(refused.operation()).isEqualTo("CariListesiV3");
    }

    @Test
    void accepts_a_cursor_within_the_clock_tolerance() {
        Cursor slightlyAhead = new ChangeCursor(NOW.instant().plusSeconds(30), "").encode();

        assertThat(ChangeCursor.decode(slightlyAhead, "read", NOW, Duration.ofMinutes(5)).changedAt())
                .isEqualTo(NOW.instant().plusSeconds(30));
    }

    @Test
    void refuses_corrupted_cursors_with_the_reason() {
        assertThat(refusal(new Cursor("%%% not base64"))).contains("not base64url");
        assertThat(refusal(new Cursor("eHl6"))).contains("unknown format");
        assertThat(refusal(new Cursor(java.util.Base64.getUrlEncoder().encodeToString("c1|yesterday|k".getBytes()))))
                .contains("'yesterday'");
    }

    @Test
    void looks_back_by_a_window_and_forgets_the_key() {
        ChangeCursor cursor = new ChangeCursor(Instant.parse("2025-11-22T10:00:00Z"), "k");

        assertThat(cursor.lookBack(Duration.ofMinutes(10)))
                .isEqualTo(new ChangeCursor(Instant.parse("2025-11-22T09:50:00Z"), ""));
    }

    private static String refusal(Cursor cursor) {
        return catchThrowableOfType(ConnectorException.Validation.class,
                () -> ChangeCursor.decode(cursor, "read", NOW, Duration.ZERO)).getMessage();
    }
}
