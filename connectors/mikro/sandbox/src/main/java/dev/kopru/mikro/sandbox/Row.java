package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One row to insert or update: values keyed by their real column, taken from request JSON (every key that names a
 * column of the table, in any spelling) or set by the sandbox (Guid, dates, numbering).
 */
final class Row {

    private final Tables.Table table;
    private final Map<Tables.Column, Object> values = new LinkedHashMap<>();

    Row(Tables.Table table) {
        this.table = table;
    }

    /** The request's fields that name columns of {@code table}; nested objects and arrays are left to the caller. */
    static Row fromJson(Tables.Table table, JsonNode json) {
        Row row = new Row(table);
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isContainerNode()) {
                continue;
            }
            table.column(field.getKey()).ifPresent(column -> row.setJson(column, field.getValue()));
        }
        return row;
    }

    Tables.Table table() {
        return table;
    }

    Row set(String column, Object value) {
        values.put(table.require(column), value);
        return this;
    }

    Row setIfAbsent(String column, Object value) {
        Tables.Column col = table.require(column);
        if (!values.containsKey(col) && value != null) {
            values.put(col, value);
        }
        return this;
    }

    boolean has(String column) {
        return values.containsKey(table.require(column));
    }

    Optional<Object> get(String column) {
        return Optional.ofNullable(values.get(table.require(column)));
    }

    String text(String column) {
        return get(column).map(Object::toString).orElse("");
    }

    Optional<BigDecimal> decimal(String column) {
        return get(column).map(v -> v instanceof BigDecimal d ? d : new BigDecimal(v.toString()));
    }

    Optional<Long> whole(String column) {
        return get(column).map(v -> ((Number) v).longValue());
    }

    Row remove(String column) {
        values.remove(table.require(column));
        return this;
    }

    void insert(Connection connection) throws SQLException {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        values.keySet().forEach(column -> {
            names.add(column.name());
            marks.add("?");
        });
        String sql = "INSERT INTO " + table.name() + " (" + names + ") VALUES (" + marks + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1);
            statement.executeUpdate();
        }
    }

    /** Updates the row whose {@code keyColumn} equals {@code key}; the number of rows changed. */
    int update(Connection connection, String keyColumn, Object key) throws SQLException {
        if (values.isEmpty()) {
            return 0;
        }
        StringJoiner sets = new StringJoiner(", ");
        values.keySet().forEach(column -> sets.add(column.name() + " = ?"));
        String sql = "UPDATE " + table.name() + " SET " + sets + " WHERE " + table.require(keyColumn).name() + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = bind(statement, 1);
            statement.setObject(next, key);
            return statement.executeUpdate();
        }
    }

    private int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : values.values()) {
            statement.setObject(index++, value);
        }
        return index;
    }

    private void setJson(Tables.Column column, JsonNode value) {
        String field = column.name();
        switch (column.kind()) {
            case TEXT -> {
                String text = value.isNumber() ? value.decimalValue().toPlainString()
                        : value.isBoolean() ? (value.booleanValue() ? "1" : "0") : value.asText();
                if (column.length() > 0 && text.length() > column.length()) {
                    throw MikroError.invalid(field, "en fazla " + column.length() + " karakter olabilir");
                }
                values.put(column, text);
            }
            case WHOLE -> Values.whole(value, field).ifPresent(v -> values.put(column, v));
            case DECIMAL -> Values.decimal(value, field)
                    .ifPresent(v -> values.put(column, v.setScale(column.scale(), RoundingMode.HALF_UP)));
            case DATETIME -> Values.dateTime(value, field).ifPresent(v -> values.put(column, v));
            case UUID -> Values.uuid(value, field).ifPresent(v -> values.put(column, v));
        }
    }
}
