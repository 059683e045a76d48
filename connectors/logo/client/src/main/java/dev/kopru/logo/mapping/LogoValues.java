package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Logo's scalar formats (logo.md §6.7): dates {@code YYYY-MM-DDT00:00:00} without a zone in the server's local
 * (Turkish) time, also {@code YYYY-MM-DD} and {@code YYYY-MM-DD HH:mm:ss.SSS}; booleans as 0/1; decimals as numbers
 * or, from lenient clients, text.
 */
public final class LogoValues {

    /** Logo servers run on Turkish time; their dates carry no zone. */
    public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'00:00:00");

    private LogoValues() {
    }

    /** {@code date} as Logo writes it. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A Logo date in any of its three forms; null when absent or unreadable. */
    static LocalDate date(JsonNode value) {
        String text = text(value);
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The change time of a record: {@code DATE_MODIFIED} with {@code HOUR/MIN/SEC_MODIFIED}, Turkish time. */
    public static Instant changedAt(JsonNode record) {
        LocalDate day = date(record.get("DATE_MODIFIED"));
        if (day == null) {
            return null;
        }
        LocalTime time = LocalTime.of(clamp(record.path("HOUR_MODIFIED").asInt(0), 23),
                clamp(record.path("MIN_MODIFIED").asInt(0), 59), clamp(record.path("SEC_MODIFIED").asInt(0), 59));
        return day.atTime(time).atZone(ISTANBUL).toInstant();
    }

    static String text(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || value.asText().isBlank() ? null
                : value.asText();
    }

    static BigDecimal decimal(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A 0/1 flag; null when absent. */
    static Boolean flag(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asInt(0) != 0;
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
