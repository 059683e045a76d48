package dev.kopru.farmaborsa;

import dev.kopru.core.connector.ChangeCursor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.ReadRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a read of the seller's orders stands. SiparisListesi lists one status at a time, page by page ({@code sayfa},
 * size undocumented), optionally within order dates; it has no change date. So a read is a <em>pass</em> over the
 * statuses (new, confirmed, shipped, delivered, buyer-confirmed, cancelled), page after page, and an incremental read
 * is a pass over the orders <em>dated</em> after a {@link ChangeCursor} (order date {@code tarih}, then
 * {@code satisKod}): it sees new orders, not status changes of older ones.
 *
 * <p>Within a pass the position is {@code since} (the lower bound, exclusive; none for a full read), the status
 * index, the page, how many rows of that page were delivered, the first order of the page before (to notice a
 * server that ignores {@code sayfa}), and {@code high}, the newest (date, key) delivered, from which the next
 * incremental read starts. The last page's cursor is a plain {@link ChangeCursor} at {@code high}.
 */
record OrderPosition(Instant sinceAt, long sinceKey, int statusIndex, int sayfa, int offset, int previousFirst,
                     Instant highAt, long highKey) {

    /** Orders may be stamped a little before they become visible; an incremental read starts this much earlier. */
    static final Duration LOOK_BACK = Duration.ofMinutes(10);
    /** How far in the future a cursor may lie before it is refused: clock skew between Köprü nodes. */
    private static final Duration TOLERANCE = Duration.ofHours(1);
    private static final String VERSION = "o1";

    static OrderPosition start(Instant sinceAt, long sinceKey) {
        return new OrderPosition(sinceAt, sinceKey, 0, 1, 0, 0, sinceAt, sinceKey);
    }

    static OrderPosition from(ReadRequest request, String operation, Clock clock) {
        if (request.from().isEmpty()) {
            return start(null, 0);
        }
        Cursor cursor = request.from().get();
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor.value()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused(operation, "it is not base64url");
        }
        if (raw.startsWith("c1|")) {
            ChangeCursor change = ChangeCursor.decode(cursor, operation, clock, TOLERANCE);
            ChangeCursor from = change.lookBack(LOOK_BACK);
            return start(from.changedAt(), 0);
        }
        String[] p = raw.split("\\|", -1);
        if (p.length != 9 || !p[0].equals(VERSION)) {
            throw refused(operation, "it was not issued by this connector (unknown format)");
        }
        try {
            OrderPosition at = new OrderPosition(instant(p[1]), Long.parseLong(p[2]), Integer.parseInt(p[3]),
                    Integer.parseInt(p[4]), Integer.parseInt(p[5]), Integer.parseInt(p[6]), instant(p[7]),
                    Long.parseLong(p[8]));
            if (at.statusIndex < 0 || at.sayfa < 1 || at.offset < 0) {
                throw new IllegalArgumentException("out of range");
            }
            return at;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw refused(operation, "its position is not one this connector issues");
        }
    }

    Cursor encode() {
        String raw = String.join("|", VERSION, text(sinceAt), Long.toString(sinceKey), Integer.toString(statusIndex),
                Integer.toString(sayfa), Integer.toString(offset), Integer.toString(previousFirst), text(highAt),
                Long.toString(highKey));
        return new Cursor(Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether an order dated {@code at} with {@code key} lies after the pass's lower bound. */
    boolean after(Instant at, long key) {
        if (sinceAt == null || at == null) {
            return true;
        }
        int byDate = at.compareTo(sinceAt);
        return byDate > 0 || (byDate == 0 && key > sinceKey);
    }

    OrderPosition delivered(Instant at, long key) {
        if (at == null || (highAt != null && (at.isBefore(highAt) || (at.equals(highAt) && key <= highKey)))) {
            return this;
        }
        return new OrderPosition(sinceAt, sinceKey, statusIndex, sayfa, offset, previousFirst, at, key);
    }

    OrderPosition withOffset(int newOffset) {
        return new OrderPosition(sinceAt, sinceKey, statusIndex, sayfa, newOffset, previousFirst, highAt, highKey);
    }

    OrderPosition nextPage(int firstOfThisPage) {
        return new OrderPosition(sinceAt, sinceKey, statusIndex, sayfa + 1, 0, firstOfThisPage, highAt, highKey);
    }

    OrderPosition nextStatus() {
        return new OrderPosition(sinceAt, sinceKey, statusIndex + 1, 1, 0, 0, highAt, highKey);
    }

    /** Where the next incremental read starts: after the newest order delivered (or where this pass started). */
    Cursor end(Instant ifNothing) {
        Instant at = highAt != null ? highAt : ifNothing;
        return new ChangeCursor(at, highAt != null ? Long.toString(highKey) : "").encode();
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.isEmpty() ? null : Instant.parse(text);
    }

    private static ConnectorException.Validation refused(String operation, String why) {
        return new ConnectorException.Validation(operation, "cursor",
                "cursor: cannot be read because " + why + "; reset the cursor or set it from a date", null);
    }
}
