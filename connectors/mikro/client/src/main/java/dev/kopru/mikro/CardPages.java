package dev.kopru.mikro;

import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** One page of a card pass (see {@link ChangeDatePosition}), shared by parties and items. */
final class CardPages {

    /** Fetches page {@code index} of the cards changed in {@code from..until}, in code order. */
    interface Fetch<R> {
        List<R> page(LocalDate from, LocalDate until, int size, int index);
    }

    private CardPages() {
    }

    static <R, T> Page<T> read(ReadRequest request, String operation, Clock clock, int maxPageSize, Fetch<R> fetch,
                               Function<R, String> keyOf, Function<R, T> toCanonical) {
        ChangeDatePosition position = ChangeDatePosition.of(request, operation, clock);
        int size = Math.min(request.pageSize(), maxPageSize);
        List<R> rows = fetch.page(position.from(), position.until(), size, position.index());
        List<R> fresh = rows;
        if (position.lastKey() != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (position.lastKey().equals(keyOf.apply(rows.get(i)))) {
                    fresh = rows.subList(i + 1, rows.size()); // an insert shifted the page: skip what we delivered
                }
            }
        }
        boolean last = rows.size() < size;
        String lastKey = fresh.isEmpty() ? position.lastKey() : keyOf.apply(fresh.get(fresh.size() - 1));
        return new Page<>(fresh.stream().map(toCanonical).toList(),
                last || lastKey == null ? position.end() : position.next(lastKey), last);
    }
}
