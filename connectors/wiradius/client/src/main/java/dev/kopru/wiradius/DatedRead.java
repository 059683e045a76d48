package dev.kopru.wiradius;

import dev.kopru.connector.kit.cursor.CursorCodec;
import dev.kopru.core.connector.ChangeCursor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.ReadFilters;
import dev.kopru.wiradius.client.WiradiusDates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

/**
 * The dates a read of movements, payments or invoices covers. Wiradius has no change dates, so an incremental read
 * is a date-window cursor: a pass reads the records <em>dated</em> from {@code from} to today, and its last page
 * hands back a {@link ChangeCursor} at today minus the look-back, where the next pass starts; the engine's content
 * hashes drop the records read twice. A cursor is either such a {@link ChangeCursor} (also what the engine sets from
 * a date) or a position within a pass, written by the entity's {@link CursorCodec}.
 *
 * @param from first day of the pass, inclusive
 * @param to   last day of the pass, inclusive
 */
record DatedRead(LocalDate from, LocalDate to) {

    /** How far in the future a cursor may lie before it is refused: clock skew between Köprü nodes. */
    private static final Duration TOLERANCE = Duration.ofHours(1);

    /** The request's position within a pass, or null when it starts a new pass. */
    static <P> P position(ReadRequest request, String operation, CursorCodec<P> codec) {
        if (request.from().isEmpty() || changeCursor(request.from().get())) {
            return null;
        }
        return codec.decode(request.from().get(), operation);
    }

    /**
     * A new pass: from the request's change cursor, else the {@code from} filter, else {@code historyMonths} back;
     * to the {@code to} filter, else today.
     */
    static DatedRead start(ReadRequest request, String operation, Clock clock, Reading reading) {
        LocalDate today = LocalDate.now(clock.withZone(WiradiusDates.ZONE));
        LocalDate from = ReadFilters.date(operation, request, "from");
        LocalDate to = ReadFilters.date(operation, request, "to");
        if (request.from().isPresent()) {
            ChangeCursor cursor = ChangeCursor.decode(request.from().get(), operation, clock, TOLERANCE);
            LocalDate since = cursor.changedAt().atZone(WiradiusDates.ZONE).toLocalDate();
            from = from == null || since.isAfter(from) ? since : from;
        }
        from = from != null ? from : today.minusMonths(reading.historyMonths());
        to = to != null ? to : today;
        if (to.isBefore(from)) {
            throw new ConnectorException.Validation(operation, "to", "to: " + to + " is before from " + from, null);
        }
        return new DatedRead(from, to);
    }

    /** Where the next incremental read starts: the look-back before the end of this pass. */
    Cursor end(Reading reading) {
        return new ChangeCursor(to.minusDays(reading.lookBackDays()).atStartOfDay(WiradiusDates.ZONE).toInstant(), "")
                .encode();
    }

    private static boolean changeCursor(Cursor cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.value()), StandardCharsets.UTF_8).startsWith("c1|");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
