package dev.kopru.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One open transaction: the whole of our JDBC helper. Repositories take a {@code Tx} so that several of them can
 * write in one transaction (a link and its intent commit together or not at all).
 */
public final class Tx {

    /** Maps the current row of a result set; {@link SQLException}s surface as {@link StoreException}. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final boolean postgres;

    Tx(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    /**
     * Whether the store is PostgreSQL (else H2): where the two plan one statement differently, a repository writes
     * it in the form each looks up in its index.
     */
    public boolean postgres() {
        return postgres;
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it touched. */
    public int update(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    /**
     * Runs one INSERT, UPDATE or DELETE for each parameter row as a JDBC batch (one round trip where the driver
     * allows); the rows each touched, in order.
     */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            return ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    /** Runs an INSERT into a table with an identity column {@code id} and returns the new id. */
    public long insert(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException(sql, new SQLException("no generated key returned"));
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    public <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(row.map(rs));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    public <T> Optional<T> queryOne(String sql, Row<T> row, Object... params) {
        List<T> rows = query(sql, row, params);
        if (rows.size() > 1) {
            throw new StoreException(sql, new SQLException("expected at most one row, got " + rows.size()));
        }
        return rows.stream().findFirst();
    }

    public long count(String sql, Object... params) {
        return queryOne(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /** Reads a TIMESTAMP WITH TIME ZONE column as an {@link Instant}; null stays null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            switch (p) {
                case null -> ps.setNull(i + 1, Types.NULL);
                case String[] texts -> ps.setArray(i + 1, connection.createArrayOf("VARCHAR", texts));
                case Instant instant -> ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
                case Enum<?> e -> ps.setString(i + 1, e.name());
                default -> ps.setObject(i + 1, p);
            }
        }
    }

}
