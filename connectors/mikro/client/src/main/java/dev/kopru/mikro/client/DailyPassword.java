package dev.kopru.mikro.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Mikro's {@code Sifre}: lowercase hex MD5 of {@code "yyyy-MM-dd password"} for the server's day (mikro.md §3.2).
 * Mikro servers run in Türkiye, so the day is the Europe/Istanbul date; clients that hash the UTC or local date
 * disagree with it for three hours a night, hence {@link #adjacentDay}.
 */
public final class DailyPassword {

    /** The zone whose date the server checks the hash against. */
    public static final ZoneId SERVER_ZONE = ZoneId.of("Europe/Istanbul");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private DailyPassword() {
    }

    /** The hash for {@code day}; the result is a secret and must never be logged. */
    public static String hash(LocalDate day, String password) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] digest = md5.digest((DAY.format(day) + " " + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JDK", e);
        }
    }

    /** The server's day at {@code now}. */
    public static LocalDate serverDay(Instant now) {
        return now.atZone(SERVER_ZONE).toLocalDate();
    }

    /**
     * The day on the other side of the nearest midnight, tried once when the server refuses the hash: the UTC date
     * when it differs from the Istanbul one (a server whose clock runs on UTC), otherwise the previous day in the
     * morning and the next day in the afternoon (a server clock a little behind or ahead).
     */
    public static LocalDate adjacentDay(Instant now) {
        LocalDate server = serverDay(now);
        LocalDate utc = now.atOffset(ZoneOffset.UTC).toLocalDate();
        if (!utc.equals(server)) {
            return utc;
        }
        ZonedDateTime local = now.atZone(SERVER_ZONE);
        return local.getHour() < 12 ? server.minusDays(1) : server.plusDays(1);
    }
}
