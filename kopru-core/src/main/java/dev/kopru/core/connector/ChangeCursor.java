package dev.kopru.core.connector;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * A position "after the record with this change time and this key", the cursor of every connector whose
 * vendor exposes a change date. A bare timestamp would lose records that share a timestamp across a page
 * boundary; the key breaks ties.
 */
public record ChangeCursor(Instant changedAt, String key) {

    private static final String VERSION = "c1";

    public Cursor encode() {
        String raw = VERSION + "|" + changedAt + "|" + (key == null ? "" : key);
        return new Cursor(Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8)));
    }

    /** This position moved back by the look-back window, for vendors whose change dates may arrive late. */
    public ChangeCursor lookBack(Duration window) {
        return new ChangeCursor(changedAt.minus(window), "");
    }

    /** The change time of a cursor issued by {@link #encode()}; empty for any other cursor. */
    public static Optional<Instant> changedAtOf(Cursor cursor) {
        try {
            return Optional.of(parse(cursor, "changedAt").changedAt());
        } catch (ConnectorException.Validation notOurs) {
            return Optional.empty();
        }
    }

    /**
     * Decodes a cursor issued by {@link #encode()}.
     *
     * @throws ConnectorException.Validation naming the field {@code cursor} if it is corrupted, or lies further in
     *     the future than {@code tolerance} (a cursor from the future would silently skip every record)
     */
    public static ChangeCursor decode(Cursor cursor, String operation, Clock clock, Duration tolerance) {
        ChangeCursor decoded = parse(cursor, operation);
        Instant limit = clock.instant().plus(tolerance);
        if (decoded.changedAt.isAfter(limit)) {
            throw new ConnectorException.Validation(operation, "cursor",
                    "cursor: its change time " + decoded.changedAt + " lies in the future (now " + clock.instant()
                            + "); reading from it would skip every record. Reset the cursor or set it from a date.",
                    null);
        }
        return decoded;
    }

    private static ChangeCursor parse(Cursor cursor, String operation) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor.value()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw corrupted(operation, "it is not base64url");
        }
        String[] parts = raw.split("\\|", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw corrupted(operation, "it was not issued by this connector (unknown format)");
        }
        Instant changedAt;
        try {
            changedAt = Instant.parse(parts[1]);
        } catch (DateTimeParseException e) {
            throw corrupted(operation, "its change time '" + parts[1] + "' is not an ISO-8601 instant");
        }
        return new ChangeCursor(changedAt, parts[2]);
    }

    private static ConnectorException.Validation corrupted(String operation, String why) {
        return new ConnectorException.Validation(operation, "cursor",
                "cursor: cannot be read because " + why + "; reset the cursor or set it from a date", null);
    }
}
