package dev.kopru.sync.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The {@code runs} table, with the counts a dashboard shows live. */
public final class Runs {

    private static final String COLUMNS = "id, pipeline_id, state, started_at, ended_at, records_read,"
            + " records_written, records_skipped, records_failed, records_in_doubt, in_doubt_resolved, throttled_ms,"
            + " records_retrying, error";

    private final Clock clock;

    Runs(Clock clock) {
        this.clock = clock;
    }

    public long start(Tx tx, long pipelineId) {
        return tx.insert("INSERT INTO runs (pipeline_id, state, started_at, records_read, records_written,"
                        + " records_skipped, records_failed, records_in_doubt, in_doubt_resolved, throttled_ms)"
                        + " VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, 0)", pipelineId, Run.State.RUNNING, clock.instant());
    }

    /**
     * Saves the counts so far of a RUNNING run; called with every batch's cursor commit. False when the run is no
     * longer RUNNING (another node marked it ABANDONED): the caller must roll back, it has been given up for dead.
     */
    public boolean progress(Tx tx, long runId, RunCounts c) {
        return tx.update("UPDATE runs SET records_read = ?, records_written = ?, records_skipped = ?,"
                        + " records_failed = ?, records_in_doubt = ?, in_doubt_resolved = ?, throttled_ms = ?,"
                        + " records_retrying = ? WHERE id = ? AND state = ?",
                c.read(), c.written(), c.skipped(), c.failed(), c.inDoubt(), c.inDoubtResolved(), c.throttledMillis(),
                c.retrying(), runId, Run.State.RUNNING) == 1;
    }

    /** Whether the run is still RUNNING: its fencing token, checked before the run sends a write. */
    public boolean running(Tx tx, long runId) {
        return tx.count("SELECT COUNT(*) FROM runs WHERE id = ? AND state = ?", runId, Run.State.RUNNING) == 1;
    }

    /** Ends a RUNNING run; a run already marked ABANDONED (its node was given up for dead) stays so. */
    public void finish(Tx tx, long runId, Run.State state, RunCounts counts, String error) {
        if (progress(tx, runId, counts)) {
            tx.update("UPDATE runs SET state = ?, ended_at = ?, error = ? WHERE id = ?", state, clock.instant(), error,
                    runId);
        }
    }

    /**
     * Marks the pipeline's RUNNING runs ABANDONED; called by the node that now holds the pipeline exclusively, so any
     * run still RUNNING belongs to a node that stopped without finishing. Returns how many were marked.
     */
    public int abandonRunning(Tx tx, long pipelineId) {
        return tx.update("UPDATE runs SET state = ?, ended_at = ?, error = ? WHERE pipeline_id = ? AND state = ?",
                Run.State.ABANDONED, clock.instant(), "abandoned: its node stopped before finishing; taken over",
                pipelineId, Run.State.RUNNING);
    }

    public Optional<Run> find(Tx tx, long runId) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM runs WHERE id = ?", Runs::run, runId);
    }

    /** The run of the pipeline just before {@code runId}, if any. */
    public Optional<Run> before(Tx tx, long pipelineId, long runId) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM runs WHERE pipeline_id = ? AND id < ? ORDER BY id DESC"
                + " FETCH FIRST 1 ROWS ONLY", Runs::run, pipelineId, runId);
    }

    public List<Run> ofPipeline(Tx tx, long pipelineId) {
        return tx.query("SELECT " + COLUMNS + " FROM runs WHERE pipeline_id = ? ORDER BY id", Runs::run, pipelineId);
    }

    private static Run run(ResultSet rs) throws SQLException {
        RunCounts counts = new RunCounts(rs.getLong("records_read"), rs.getLong("records_written"),
                rs.getLong("records_skipped"), rs.getLong("records_failed"), rs.getLong("records_in_doubt"),
                rs.getLong("in_doubt_resolved"), rs.getLong("throttled_ms"), rs.getLong("records_retrying"));
        return new Run(rs.getLong("id"), rs.getLong("pipeline_id"), Run.State.valueOf(rs.getString("state")),
                Tx.instant(rs, "started_at"), Tx.instant(rs, "ended_at"), counts, rs.getString("error"));
    }
}
