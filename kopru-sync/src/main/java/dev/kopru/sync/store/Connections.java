package dev.kopru.sync.store;

import java.time.Clock;
import java.util.Optional;

/** The {@code connections} table. */
public final class Connections {

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
        return tx.queryOne("SELECT id, vendor, name, config_json FROM connections WHERE id = ?",
                rs -> new StoredConnection(rs.getLong("id"), rs.getString("vendor"), rs.getString("name"),
                        rs.getString("config_json")), id);
    }

    static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
    }
}
