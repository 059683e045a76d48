package dev.kopru.sync.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** The {@code after_writes} table: per (pipeline, source key, step), whether the step after the write is done. */
public final class AfterWrites {

    private static final String COLUMNS = "pipeline_id, source_key, step, target_key, state, attempts, last_error,"
            + " source_record, written_record, updated_at";

    private final Clock clock;

    AfterWrites(Clock clock) {
        this.clock = clock;
    }

    /** The steps recorded for one record, in the order they were planned. */
    public List<AfterWrite> of(Tx tx, long pipelineId, String sourceKey) {
        return tx.query("SELECT " + COLUMNS + " FROM after_writes WHERE pipeline_id = ? AND source_key = ?",
                AfterWrites::row, pipelineId, sourceKey);
    }

    /**
     * Records {@code steps} as PENDING for the record written as {@code targetKey}, where not recorded yet; steps
     * already recorded keep their state and take the records' latest versions (JSON).
     */
    public void plan(Tx tx, long pipelineId, String sourceKey, String targetKey, List<String> steps,
                     String sourceRecord, String writtenRecord) {
        for (String step : steps) {
            int updated = tx.update("UPDATE after_writes SET target_key = ?, source_record = ?, written_record = ?"
                    + " WHERE pipeline_id = ? AND source_key = ? AND step = ?", targetKey, sourceRecord,
                    writtenRecord, pipelineId, sourceKey, step);
            if (updated == 0) {
                tx.update("INSERT INTO after_writes (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, 0, NULL, ?, ?, ?)",
                        pipelineId, sourceKey, step, targetKey, AfterWrite.State.PENDING, sourceRecord, writtenRecord,
                        clock.instant());
            }
        }
    }

    /** Counts one more attempt and sets the step's state; {@code error} is kept for a FAILED step. */
    public void mark(Tx tx, long pipelineId, String sourceKey, String step, AfterWrite.State state, String error) {
        tx.update("UPDATE after_writes SET state = ?, attempts = attempts + 1, last_error = ?, updated_at = ?"
                        + " WHERE pipeline_id = ? AND source_key = ? AND step = ?", state, error, clock.instant(),
                pipelineId, sourceKey, step);
    }

    /** Source keys with a PENDING step, oldest first: what a crash left undone. */
    public List<String> pendingKeys(Tx tx, long pipelineId, int limit) {
        return tx.query("SELECT source_key FROM after_writes WHERE pipeline_id = ? AND state = ?"
                        + " GROUP BY source_key ORDER BY MIN(updated_at), source_key FETCH FIRST " + limit + " ROWS ONLY",
                rs -> rs.getString(1), pipelineId, AfterWrite.State.PENDING);
    }

    public long count(Tx tx, long pipelineId, AfterWrite.State state) {
        return tx.count("SELECT COUNT(*) FROM after_writes WHERE pipeline_id = ? AND state = ?", pipelineId, state);
    }

    private static AfterWrite row(ResultSet rs) throws SQLException {
        return new AfterWrite(rs.getLong("pipeline_id"), rs.getString("source_key"), rs.getString("step"),
                rs.getString("target_key"), AfterWrite.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getString("source_record"), rs.getString("written_record"),
                Tx.instant(rs, "updated_at"));
    }
}
