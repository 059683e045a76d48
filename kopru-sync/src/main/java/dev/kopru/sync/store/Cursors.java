package dev.kopru.sync.store;

import java.time.Clock;
import java.util.Optional;

/** The {@code cursors} table: where the next read of a pipeline starts. */
public final class Cursors {

    private final Clock clock;

    Cursors(Clock clock) {
        this.clock = clock;
    }

    public Optional<String> find(Tx tx, long pipelineId) {
        return tx.queryOne("SELECT cursor_value FROM cursors WHERE pipeline_id = ?", rs -> rs.getString(1), pipelineId);
    }

    public void save(Tx tx, long pipelineId, String cursor) {
        Connections.require("cursor", cursor);
        int updated = tx.update("UPDATE cursors SET cursor_value = ?, updated_at = ? WHERE pipeline_id = ?",
                cursor, clock.instant(), pipelineId);
        if (updated == 0) {
            tx.update("INSERT INTO cursors (pipeline_id, cursor_value, updated_at) VALUES (?, ?, ?)", pipelineId,
                    cursor, clock.instant());
        }
    }

    /** Forgets the position: the next run reads everything again (unchanged records are skipped by hash). */
    public void reset(Tx tx, long pipelineId) {
        tx.update("DELETE FROM cursors WHERE pipeline_id = ?", pipelineId);
    }
}
