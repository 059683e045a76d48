package dev.kopru.dia;

import dev.kopru.core.connector.ChangeCursor;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.dia.client.DiaDates;
import dev.kopru.dia.client.DiaModel;
import dev.kopru.dia.client.DiaQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A model's list rows in change order, page by page, after a {@link ChangeCursor} of the last row's {@code _date} and
 * {@code _key}. DİA's filters are ANDed, so "after (date, key)" takes two lists: the rest of the cursor's second
 * ({@code _date = d} and {@code _key > k}, by key), then what changed later ({@code _date > d}, by date and key).
 * Each page costs one or two calls and never repeats or skips a row, however many rows share a second.
 */
final class ChangePages {

    /** A cursor further ahead of our clock than this is refused: it would skip every record. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private ChangePages() {
    }

    /**
     * @param date the row's {@code _date}
     * @param key  the row's {@code _key}
     * @param map  the row to the canonical record (may call DİA again, e.g. for an invoice's lines)
     */
    static <W, T> Page<T> read(ReadRequest request, DiaModel<W> model, Clock clock, int maxPageSize,
                               Function<W, String> date, Function<W, String> key, Function<W, T> map) {
        String operation = model.name() + "_listele";
        int size = Math.min(request.pageSize(), maxPageSize);
        ChangeCursor from = request.from().map(c -> ChangeCursor.decode(c, operation, clock, FUTURE_TOLERANCE))
                .orElse(null);
        List<W> rows = new ArrayList<>();
        boolean last;
        if (from == null) {
            rows.addAll(model.list(DiaQuery.first(size).orderBy("_date", false).orderBy("_key", false)));
            last = rows.size() < size;
        } else {
            String at = DiaDates.stamp(from.changedAt());
            if (!from.key().isBlank()) {
                rows.addAll(model.list(DiaQuery.first(size).where("_date", "=", at).where("_key", ">", from.key())
                        .orderBy("_key", false)));
            }
            int wanted = size - rows.size();
            last = false;
            if (wanted > 0) {
                List<W> later = model.list(DiaQuery.first(wanted).where("_date", from.key().isBlank() ? ">=" : ">", at)
                        .orderBy("_date", false).orderBy("_key", false));
                rows.addAll(later);
                last = later.size() < wanted;
            }
        }
        ChangeCursor next = rows.isEmpty() ? (from != null ? from : new ChangeCursor(Instant.EPOCH, ""))
                : position(rows.getLast(), date, key);
        return new Page<>(rows.stream().map(map).toList(), next.encode(), last);
    }

    private static <W> ChangeCursor position(W row, Function<W, String> date, Function<W, String> key) {
        Instant changed = DiaDates.instant(date.apply(row));
        return new ChangeCursor(changed == null ? Instant.EPOCH : changed, key.apply(row));
    }
}
