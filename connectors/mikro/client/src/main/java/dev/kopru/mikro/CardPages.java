package dev.kopru.mikro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.connector.kit.paging.PageRows;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One page of a card pass (see {@link ChangeDatePosition}), shared by parties and items. A card that cannot be parsed
 * or mapped is handed on as unreadable, so the rest of the page goes through; a cancelled card ({@code *_iptal} set,
 * how Mikro users retire a card) is reported among the page's deletions, not as a record.
 */
final class CardPages {

    /** Fetches page {@code index} of the cards changed in {@code from..until}, in code order, keyed by card code. */
    interface Fetch<R> {
        PageRows<R> page(LocalDate from, LocalDate until, int size, int index);
    }

    private CardPages() {
    }

    static <R, T> Page<T> read(ReadRequest request, String operation, Clock clock, int maxPageSize, Fetch<R> fetch,
                               String cancelledField, Function<R, T> toCanonical) {
        ChangeDatePosition position = ChangeDatePosition.of(request, operation, clock);
        int size = Math.min(request.pageSize(), maxPageSize);
        PageRows<R> rows = fetch.page(position.from(), position.until(), size, position.index());
        PageRows<R> fresh = rows;
        if (position.lastKey() != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.rows().get(i).key().filter(position.lastKey()::equals).isPresent()) {
                    fresh = rows.from(i + 1); // an insert shifted the page: skip what we delivered
                }
            }
        }
        boolean last = rows.size() < size;
        String lastKey = fresh.rows().stream().map(PageRows.Row::key).flatMap(Optional::stream)
                .reduce((first, second) -> second).orElse(position.lastKey());
        Predicate<JsonNode> cancelled = row -> flag(row.path(cancelledField));
        Page<T> page = fresh.without(cancelled).map(toCanonical)
                .page(last || lastKey == null ? position.end() : position.next(lastKey), last);
        return new Page<>(page.records(), page.next(), page.last(), page.unreadable(), fresh.keysWhere(cancelled));
    }

    /** Mikro's bit columns come as true/false, 0/1 or "0"/"1". */
    private static boolean flag(JsonNode value) {
        return value.isBoolean() ? value.booleanValue() : value.asInt(0) != 0;
    }
}
