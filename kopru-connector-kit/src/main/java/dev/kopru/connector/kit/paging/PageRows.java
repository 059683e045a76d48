package dev.kopru.connector.kit.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.Unreadable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A page's rows read one at a time, in the vendor's order: a row that cannot be parsed into the client's wire record,
 * or mapped to the canonical one, is kept as an {@link Unreadable} (its raw JSON, its key if the row has one, the
 * reason) so that one bad row does not lose the page; the engine dead-letters it and goes on.
 */
public final class PageRows<T> {

    /** One row: its raw JSON, its key if known, and either its value or why it could not be read. */
    public record Row<T>(JsonNode raw, Optional<String> key, Optional<T> value, String reason) {
    }

    private final List<Row<T>> rows;

    private PageRows(List<Row<T>> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Parses each element of {@code array} (a JSON array, or one object) into {@code type}; {@code keyField} names
     * the row's key in the vendor's JSON.
     */
    public static <T> PageRows<T> parse(ObjectMapper json, JsonNode array, Class<T> type, String keyField) {
        List<Row<T>> rows = new ArrayList<>();
        for (JsonNode raw : array.isArray() ? array : array.isObject() ? List.of(array) : List.<JsonNode>of()) {
            JsonNode keyNode = raw.path(keyField);
            Optional<String> key = keyNode.isValueNode() && !keyNode.asText().isBlank()
                    ? Optional.of(keyNode.asText()) : Optional.empty();
            try {
                rows.add(new Row<>(raw, key, Optional.of(json.convertValue(raw, type)), null));
            } catch (IllegalArgumentException e) {
                rows.add(new Row<>(raw, key, Optional.empty(), "cannot parse " + type.getSimpleName() + ": "
                        + firstLine(e.getMessage())));
            }
        }
        return new PageRows<>(rows);
    }

    /** Maps every readable row; a row {@code mapping} throws on (other than a vendor call failing) becomes unreadable. */
    public <U> PageRows<U> map(Function<T, U> mapping) {
        List<Row<U>> mapped = new ArrayList<>();
        for (Row<T> row : rows) {
            if (row.value().isEmpty()) {
                mapped.add(new Row<>(row.raw(), row.key(), Optional.empty(), row.reason()));
                continue;
            }
            try {
                mapped.add(new Row<>(row.raw(), row.key(), Optional.of(mapping.apply(row.value().get())), null));
            } catch (ConnectorException e) {
                throw e;
            } catch (RuntimeException e) {
                mapped.add(new Row<>(row.raw(), row.key(), Optional.empty(), "cannot map: "
                        + firstLine(String.valueOf(e.getMessage()))));
            }
        }
        return new PageRows<>(mapped);
    }

    /** The rows {@code raw} does not match (e.g. without the cancelled ones). */
    public PageRows<T> without(Predicate<JsonNode> raw) {
        return new PageRows<>(rows.stream().filter(r -> !raw.test(r.raw())).toList());
    }

    /** The keys of the rows {@code raw} matches (e.g. the cancelled ones). */
    public List<String> keysWhere(Predicate<JsonNode> raw) {
        return rows.stream().filter(r -> raw.test(r.raw())).flatMap(r -> r.key().stream()).toList();
    }

    /** The rows from {@code index} on (e.g. past those an earlier page delivered). */
    public PageRows<T> from(int index) {
        return new PageRows<>(rows.subList(index, rows.size()));
    }

    public List<Row<T>> rows() {
        return rows;
    }

    /** How many rows the vendor sent, readable or not (what decides whether a page was full). */
    public int size() {
        return rows.size();
    }

    /** The readable rows' values. */
    public List<T> values() {
        return rows.stream().flatMap(r -> r.value().stream()).toList();
    }

    /** Every value, for callers that need the whole answer (a lookup): an unreadable row fails the call. */
    public List<T> readable(String operation) {
        for (Row<T> row : rows) {
            if (row.value().isEmpty()) {
                throw new IllegalArgumentException(operation + ": " + row.reason());
            }
        }
        return values();
    }

    public List<Unreadable> unreadable() {
        return rows.stream().filter(r -> r.value().isEmpty())
                .map(r -> new Unreadable(r.raw().toString(), r.key(), r.reason())).toList();
    }

    /** The page of these rows. */
    public Page<T> page(Cursor next, boolean last) {
        return new Page<>(values(), next, last, unreadable());
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
