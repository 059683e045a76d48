package dev.kopru.mikro;

import dev.kopru.core.connector.ChangeCursor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.mikro.client.CariListesiV3Sorgusu;
import dev.kopru.mikro.client.DailyPassword;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Where a read of cards (cari, stok) stands. Mikro filters cards by a change-date range at day resolution
 * ({@code TarihTipi} 2, {@code IlkTarih}/{@code SonTarih}) and pages by offset, so a read is a <em>pass</em>: all cards
 * changed on or after {@code from}, in code order, page {@code index} after page. The {@link ChangeCursor} carries
 * {@code from} as its change time and, in its key, where the pass is: {@code passStart|index|lastKey}.
 *
 * <p>A pass ends at a cursor with an empty key on the day before it started: the next pass re-reads those whole
 * days, because a card changed later on the start day carries the same date and may sort before any key we could
 * keep, and because the server's clock may be on UTC. The engine's content hashes drop the repeats. Within a pass the last key guards against a page shifted by an insert: rows up to
 * and including it are skipped when they show up again.
 */
record ChangeDatePosition(LocalDate from, LocalDate passStart, int index, String lastKey) {

    /** How far in the future a cursor may lie before it is refused: clock skew between Köprü nodes. */
    private static final Duration TOLERANCE = Duration.ofHours(1);

    static ChangeDatePosition of(ReadRequest request, String operation, Clock clock) {
        LocalDate today = DailyPassword.serverDay(clock.instant());
        if (request.from().isEmpty()) {
            return new ChangeDatePosition(CariListesiV3Sorgusu.BEGINNING, today, 0, null);
        }
        ChangeCursor cursor = ChangeCursor.decode(request.from().get(), operation, clock, TOLERANCE);
        LocalDate from = cursor.changedAt().atZone(DailyPassword.SERVER_ZONE).toLocalDate();
        if (cursor.key() == null || cursor.key().isEmpty()) {
            return new ChangeDatePosition(from, today, 0, null);
        }
        String[] parts = cursor.key().split("\\|", 3);
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts expected");
            }
            LocalDate passStart = LocalDate.parse(parts[0]);
            int index = Integer.parseInt(parts[1]);
            if (index < 0 || passStart.isBefore(from) || passStart.isAfter(today.plusDays(1))) {
                throw new IllegalArgumentException("out of range");
            }
            return new ChangeDatePosition(from, passStart, index, parts[2]);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ConnectorException.Validation(operation, "cursor", "cursor: cannot be read because its"
                    + " position '" + cursor.key() + "' is not one this connector issues; reset the cursor", null);
        }
    }

    /** The last day the pass asks for: the day after it started, so no card of the start day is cut off. */
    LocalDate until() {
        return passStart.plusDays(1);
    }

    Cursor next(String lastDeliveredKey) {
        return new ChangeCursor(from.atStartOfDay(DailyPassword.SERVER_ZONE).toInstant(),
                passStart + "|" + (index + 1) + "|" + lastDeliveredKey).encode();
    }

    /**
     * Where the next pass starts: the day before this pass began, because Mikro stamps change dates with its own
     * clock, which may run on UTC (three hours behind Istanbul) or a little late.
     */
    Cursor end() {
        return new ChangeCursor(passStart.minusDays(1).atStartOfDay(DailyPassword.SERVER_ZONE).toInstant(), "")
                .encode();
    }
}
