package dev.kopru.sync.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The {@code dead_letters} table. */
public final class DeadLetters {

    private static final String COLUMNS = "id, pipeline_id, source_key, source_record, stage, outcome, field,"
            + " vendor_message, message, attempts_json, state, created_at, updated_at";

    private final Clock clock;

    DeadLetters(Clock clock) {
        this.clock = clock;
    }

    /** What went wrong this time; {@link #record} keeps one OPEN letter per source key, refreshed on each failure. */
    public record Failure(DeadLetter.Stage stage, String outcome, String field, String vendorMessage, String message,
                          String attemptsJson) {
    }

    public long record(Tx tx, long pipelineId, String sourceKey, String sourceRecord, Failure f) {
        Optional<DeadLetter> open = openFor(tx, pipelineId, sourceKey);
        if (open.isPresent()) {
            tx.update("UPDATE dead_letters SET source_record = ?, stage = ?, outcome = ?, field = ?, vendor_message = ?,"
                            + " message = ?, attempts_json = ?, updated_at = ? WHERE id = ?", sourceRecord, f.stage(),
                    f.outcome(), f.field(), f.vendorMessage(), f.message(), f.attemptsJson(), clock.instant(),
                    open.get().id());
            return open.get().id();
        }
        return tx.insert("INSERT INTO dead_letters (pipeline_id, source_key, source_record, stage, outcome, field,"
                        + " vendor_message, message, attempts_json, state, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pipelineId, sourceKey, sourceRecord,
                f.stage(), f.outcome(), f.field(), f.vendorMessage(), f.message(), f.attemptsJson(),
                DeadLetter.State.OPEN, clock.instant(), clock.instant());
    }

    /** Closes the open letter of a source key once the record went through. */
    public int markReplayed(Tx tx, long pipelineId, String sourceKey) {
        return tx.update("UPDATE dead_letters SET state = ?, updated_at = ? WHERE pipeline_id = ? AND source_key = ?"
                + " AND state = ?", DeadLetter.State.REPLAYED, clock.instant(), pipelineId, sourceKey,
                DeadLetter.State.OPEN);
    }

    public Optional<DeadLetter> find(Tx tx, long id) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM dead_letters WHERE id = ?", DeadLetters::letter, id);
    }

    public Optional<DeadLetter> openFor(Tx tx, long pipelineId, String sourceKey) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM dead_letters WHERE pipeline_id = ? AND source_key = ?"
                + " AND state = ?", DeadLetters::letter, pipelineId, sourceKey, DeadLetter.State.OPEN);
    }

    public List<DeadLetter> open(Tx tx, long pipelineId) {
        return tx.query("SELECT " + COLUMNS + " FROM dead_letters WHERE pipeline_id = ? AND state = ? ORDER BY id",
                DeadLetters::letter, pipelineId, DeadLetter.State.OPEN);
    }

    /** How many letters of the pipeline wait for a fix and a replay. */
    public long countOpen(Tx tx, long pipelineId) {
        return tx.count("SELECT COUNT(*) FROM dead_letters WHERE pipeline_id = ? AND state = ?", pipelineId,
                DeadLetter.State.OPEN);
    }

    public List<DeadLetter> all(Tx tx, long pipelineId) {
        return tx.query("SELECT " + COLUMNS + " FROM dead_letters WHERE pipeline_id = ? ORDER BY id",
                DeadLetters::letter, pipelineId);
    }

    private static DeadLetter letter(ResultSet rs) throws SQLException {
        return new DeadLetter(rs.getLong("id"), rs.getLong("pipeline_id"), rs.getString("source_key"),
                rs.getString("source_record"), DeadLetter.Stage.valueOf(rs.getString("stage")), rs.getString("outcome"),
                rs.getString("field"), rs.getString("vendor_message"), rs.getString("message"),
                rs.getString("attempts_json"), DeadLetter.State.valueOf(rs.getString("state")),
                Tx.instant(rs, "created_at"), Tx.instant(rs, "updated_at"));
    }
}
