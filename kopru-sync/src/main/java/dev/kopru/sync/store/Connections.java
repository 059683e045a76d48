package dev.kopru.sync.store;

import dev.kopru.core.input.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The {@code connections} table. */
public final class Connections {

    private static final String COLUMNS = "id, vendor, name, config_json";

    private final Clock clock;

    Connections(Clock clock) {
        this.clock = clock;
    }

    public StoredConnection add(Tx tx, String vendor, String name, String configJson) {
        require("vendor", vendor);
        require("name", name);
        long id = tx.insert("INSERT INTO connections (vendor, name, config_json, created_at) VALUES (?, ?, ?, ?)",
                vendor, name, configJson == null ? "{}" : configJson, clock.instant());
        return new StoredConnection(id, vendor, name, configJson == null ? "{}" : configJson);
    }

    public Optional<StoredConnection> find(Tx tx, long id) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM connections WHERE id = ?", Connections::row, id);
    }

    public Optional<StoredConnection> findByName(Tx tx, String name) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM connections WHERE name = ?", Connections::row, name);
    }

    /** Every connection, by id. */
    public List<StoredConnection> list(Tx tx) {
        return tx.query("SELECT " + COLUMNS + " FROM connections ORDER BY id", Connections::row);
    }

    /** Replaces the configuration of connection {@code id}; false when there is no such connection. */
    public boolean updateConfig(Tx tx, long id, String configJson) {
        return tx.update("UPDATE connections SET config_json = ? WHERE id = ?", configJson, id) == 1;
    }

    private static StoredConnection row(ResultSet rs) throws SQLException {
        return new StoredConnection(rs.getLong("id"), rs.getString("vendor"), rs.getString("name"),
                rs.getString("config_json"));
    }

    static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
    }
}
