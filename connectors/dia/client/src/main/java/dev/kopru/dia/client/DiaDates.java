package dev.kopru.dia.client;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * DİA's change stamps: {@code _date} and {@code _cdate} as {@code YYYY-MM-DD HH:MM:SS}, local time in Türkiye
 * (dia.md §6; the zone is an inference, DİA being a Turkish cloud service).
 */
public final class DiaDates {

    public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DiaDates() {
    }

    /** The instant of a stamp; null for null, blank or an unreadable stamp. */
    public static Instant instant(String stamp) {
        if (stamp == null || stamp.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(stamp.trim(), STAMP).atZone(ISTANBUL).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The stamp of an instant, to filter {@code _date} by. */
    public static String stamp(Instant instant) {
        return STAMP.format(instant.atZone(ISTANBUL));
    }
}
