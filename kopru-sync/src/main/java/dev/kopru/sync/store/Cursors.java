package dev.kopru.sync.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the next read of a pipeline starts: the {@code cursors} table for the source side, and for two-way
 * pipelines the {@code target_cursors} table for the target side (each side has its own vendor cursor).
 */
public final class Cursors {

    /** Which connection of a pipeline a cursor reads. */
    public enum Side {
        SOURCE("cursors"), TARGET("target_cursors");

        private final String table;

        Side(String table) {
            this.table = table;
        }
    }

    /** A committed read position and when it was committed. */
    public record Position(String value, Instant updatedAt) {
    }

    private final Clock clock;

    Cursors(Clock clock) {
        this.clock = clock;
    }

    public Optional<String> find(Tx tx, long pipelineId) {
        return find(tx, pipelineId, Side.SOURCE);
    }

    public Optional<String> find(Tx tx, long pipelineId, Side side) {
        return position(tx, pipelineId, side).map(Position::value);
    }

    /** Where {@code side} of the pipeline reads next; empty before its first committed page and after a reset. */
    public Optional<Position> position(Tx tx, long pipelineId, Side side) {
        return tx.queryOne("SELECT cursor_value, updated_at FROM " + side.table + " WHERE pipeline_id = ?",
                rs -> new Position(rs.getString(1), Tx.instant(rs, "updated_at")), pipelineId);
    }

    public void save(Tx tx, long pipelineId, String cursor) {
        save(tx, pipelineId, Side.SOURCE, cursor);
    }

    public void save(Tx tx, long pipelineId, Side side, String cursor) {
        Connections.require("cursor", cursor);
        int updated = tx.update("UPDATE " + side.table + " SET cursor_value = ?, updated_at = ? WHERE pipeline_id = ?",
                cursor, clock.instant(), pipelineId);
        if (updated == 0) {
            tx.update("INSERT INTO " + side.table + " (pipeline_id, cursor_value, updated_at) VALUES (?, ?, ?)",
                    pipelineId, cursor, clock.instant());
        }
    }

    /** Forgets one side's position: the next run reads that side again from its start. */
    public void reset(Tx tx, long pipelineId, Side side) {
        tx.update("DELETE FROM " + side.table + " WHERE pipeline_id = ?", pipelineId);
    }

    /** Forgets the position on both sides: the next run reads everything again (unchanged records are skipped). */
    public void reset(Tx tx, long pipelineId) {
        for (Side side : Side.values()) {
            reset(tx, pipelineId, side);
        }
    }
}
