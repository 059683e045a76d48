package dev.kopru.sync.store;

import dev.kopru.core.input.ConflictException;
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

    /** Renames connection {@code id} and replaces its configuration; false when there is no such connection. */
    public boolean update(Tx tx, long id, String name, String configJson) {
        require("name", name);
        return tx.update("UPDATE connections SET name = ?, config_json = ? WHERE id = ?", name, configJson, id) == 1;
    }

    /**
     * Deletes the connection with its rate-limit permits and the intents of its API creates.
     *
     * @throws ConflictException naming the pipelines that still read from it or write to it
     */
    public void delete(Tx tx, StoredConnection connection) {
        List<String> pipelines = tx.query("SELECT name FROM pipelines WHERE source_connection_id = ?"
                + " OR target_connection_id = ? ORDER BY name", rs -> rs.getString(1), connection.id(),
                connection.id());
        if (!pipelines.isEmpty()) {
            throw new ConflictException("connection", "'" + connection.name() + "' is used by pipelines " + pipelines
                    + "; delete or change them first");
        }
        tx.update("DELETE FROM rate_permits WHERE connection_id = ?", connection.id());
        tx.update("DELETE FROM keyed_intents WHERE connection_id = ?", connection.id());
        tx.update("DELETE FROM connections WHERE id = ?", connection.id());
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
