package dev.kopru.mikro.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/** Batched inserts with a fixed column list: seeding a million demo records must not cost a statement per row. */
final class Batch implements AutoCloseable {

    private static final int FLUSH_EVERY = 1_000;

    private final PreparedStatement statement;
    private final int width;
    private int pending;

    Batch(Connection connection, String table, String... columns) throws SQLException {
        this.width = columns.length;
        String marks = String.join(", ", Collections.nCopies(columns.length, "?"));
        this.statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")");
    }

    void add(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        if (++pending == FLUSH_EVERY) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }

    /** Text cut to a column's length, so generated names never fail an insert. */
    static String cut(String text, int length) {
        if (text == null) {
            return "";
        }
        return text.length() <= length ? text : text.substring(0, length);
    }
}
