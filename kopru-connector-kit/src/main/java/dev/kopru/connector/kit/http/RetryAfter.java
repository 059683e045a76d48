package dev.kopru.connector.kit.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** HTTP's {@code Retry-After}: whole seconds or an HTTP date (RFC 9110 §10.2.3), measured on the given clock. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * How long to wait: the header's seconds, or the time until its date (zero when the date has passed), or
     * {@code fallback} when the header is absent or unreadable (the vendor's own window is the usual fallback).
     */
    public static Duration of(Optional<String> header, Clock clock, Duration fallback) {
        if (header.isEmpty() || header.get().isBlank()) {
            return fallback;
        }
        String value = header.get().trim();
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException notADate) {
            return fallback;
        }
    }
}
