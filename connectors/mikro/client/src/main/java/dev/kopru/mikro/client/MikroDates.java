package dev.kopru.mikro.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Mikro's date formats (mikro.md §5): list filters {@code yyyy-MM-dd}, document dates {@code dd.MM.yyyy}, a
 * receipt's {@code cha_vade} {@code yyyyMMdd}. Dates read back (SQL, list rows) arrive as ISO dates or SQL Server
 * date-times without a zone, which are server-local (Europe/Istanbul).
 */
public final class MikroDates {

    private static final DateTimeFormatter DOCUMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter FILTER = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private MikroDates() {
    }

    public static String document(LocalDate date) {
        return date == null ? null : DOCUMENT.format(date);
    }

    public static String filter(LocalDate date) {
        return FILTER.format(date);
    }

    public static String compact(LocalDate date) {
        return date == null ? null : COMPACT.format(date);
    }

    /** Reads {@code dd.MM.yyyy}, {@code yyyy-MM-dd}, {@code yyyyMMdd} or a date-time (its date part). */
    public static LocalDate parseDate(String text) {
        String t = text.trim();
        try {
            if (t.matches("\\d{2}\\.\\d{2}\\.\\d{4}.*")) {
                return LocalDate.parse(t.substring(0, 10), DOCUMENT);
            }
            if (t.matches("\\d{8}")) {
                return LocalDate.parse(t, COMPACT);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(t.substring(0, 10), FILTER);
            }
        } catch (DateTimeParseException e) {
            // fall through to the uniform message
        }
        throw new IllegalArgumentException("'" + text + "' is not a Mikro date");
    }

    /** Reads a change stamp: an ISO instant or offset date-time, or a server-local date-time or date. */
    public static Instant parseInstant(String text) {
        String t = text.trim().replace(' ', 'T');
        try {
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            if (t.contains("T")) {
                return LocalDateTime.parse(t).atZone(DailyPassword.SERVER_ZONE).toInstant();
            }
            return parseDate(t).atStartOfDay(DailyPassword.SERVER_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a Mikro date-time");
        }
    }
}
