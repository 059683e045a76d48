package dev.kopru.sync.store;

import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The {@code pipelines} table. */
public final class Pipelines {

    private static final String COLUMNS = "id, name, source_connection_id, source_entity, target_connection_id,"
            + " target_entity, mode, batch_size, options_json, version";

    /** The tables that hold a pipeline's rows besides {@code pipelines}; every table with a pipeline_id column. */
    static final List<String> PIPELINE_TABLES = List.of("after_writes", "target_cursors", "cursors", "run_leases",
            "dead_letters", "intents", "links", "runs");

    /** What a pipeline knows of the records it synced; runs and dead letters are its history. */
    private static final List<String> SYNC_STATE = List.of("after_writes", "links", "intents", "cursors",
            "target_cursors");

    private final Clock clock;

    Pipelines(Clock clock) {
        this.clock = clock;
    }

    /** Stores a new pipeline at version 1 and returns it with its id. */
    public PipelineSpec add(Tx tx, PipelineSpec spec) {
        long id = tx.insert("INSERT INTO pipelines (name, source_connection_id, source_entity, target_connection_id,"
                        + " target_entity, mode, batch_size, options_json, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                spec.name(), spec.sourceConnectionId(), spec.sourceEntity(), spec.targetConnectionId(),
                spec.targetEntity(), spec.mode(), spec.batchSize(), spec.optionsJson(), clock.instant(),
                clock.instant());
        return get(tx, id);
    }

    /**
     * Replaces the definition of pipeline {@code spec.id()} if it is still at {@code spec.version()}, and returns it
     * at the next version; a definition changed by someone else in the meantime is refused, naming both versions.
     */
    public PipelineSpec update(Tx tx, PipelineSpec spec) {
        int updated = tx.update("UPDATE pipelines SET name = ?, source_connection_id = ?, source_entity = ?,"
                        + " target_connection_id = ?, target_entity = ?, mode = ?, batch_size = ?, options_json = ?,"
                        + " version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                spec.name(), spec.sourceConnectionId(), spec.sourceEntity(), spec.targetConnectionId(),
                spec.targetEntity(), spec.mode(), spec.batchSize(), spec.optionsJson(), clock.instant(), spec.id(),
                spec.version());
        if (updated == 0) {
            PipelineSpec current = get(tx, spec.id());
            throw new ConflictException("version", "pipeline " + spec.id() + " is at version " + current.version()
                    + ", the change was made to version " + spec.version() + "; read it again and reapply the change");
        }
        return get(tx, spec.id());
    }

    public Optional<PipelineSpec> find(Tx tx, long id) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM pipelines WHERE id = ?", Pipelines::spec, id);
    }

    public Optional<PipelineSpec> findByName(Tx tx, String name) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM pipelines WHERE name = ?", Pipelines::spec, name);
    }

    /** Every pipeline, by id. */
    public List<PipelineSpec> list(Tx tx) {
        return tx.query("SELECT " + COLUMNS + " FROM pipelines ORDER BY id", Pipelines::spec);
    }

    /** Deletes the pipeline with every row the engine keeps for it: runs, links, intents, cursors, dead letters... */
    public void delete(Tx tx, long id) {
        PIPELINE_TABLES.forEach(table -> tx.update("DELETE FROM " + table + " WHERE pipeline_id = ?", id));
        tx.update("DELETE FROM pipelines WHERE id = ?", id);
    }

    /**
     * Forgets what the pipeline synced (links, intents, cursors, after-write steps still to do), so that its next run
     * reads and writes everything again as if new; its runs and dead letters stay as history.
     */
    public void startOver(Tx tx, long id) {
        SYNC_STATE.forEach(table -> tx.update("DELETE FROM " + table + " WHERE pipeline_id = ?", id));
    }

    public PipelineSpec get(Tx tx, long id) {
        return find(tx, id).orElseThrow(() -> new InvalidInputException("pipeline", "no pipeline with id " + id));
    }

    private static PipelineSpec spec(ResultSet rs) throws SQLException {
        return new PipelineSpec(rs.getLong("id"), rs.getString("name"), rs.getLong("source_connection_id"),
                rs.getString("source_entity"), rs.getLong("target_connection_id"), rs.getString("target_entity"),
                PipelineSpec.Mode.valueOf(rs.getString("mode")), rs.getInt("batch_size"),
                rs.getString("options_json"), rs.getInt("version"));
    }
}
