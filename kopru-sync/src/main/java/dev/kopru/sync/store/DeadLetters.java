package dev.kopru.sync.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code dead_letters} table. */
public final class DeadLetters {

    private static final String COLUMNS = "id, pipeline_id, source_key, source_record, stage, outcome, field,"
            + " vendor_message, message, attempts_json, state, created_at, updated_at, retry_runs, retry_after";

    private final Clock clock;

    DeadLetters(Clock clock) {
        this.clock = clock;
    }

    /** What went wrong this time; {@link #record} keeps one OPEN letter per source key, refreshed on each failure. */
    public record Failure(DeadLetter.Stage stage, String outcome, String field, String vendorMessage, String message,
                          String attemptsJson) {
    }

    public long record(Tx tx, long pipelineId, String sourceKey, String sourceRecord, Failure f) {
        return save(tx, pipelineId, sourceKey, sourceRecord, f, DeadLetter.State.OPEN, 0, null);
    }

    /**
     * Keeps a record whose write failed transiently RETRYING until {@code retryAfter}, counting {@code runs} runs
     * that failed it; refreshes its letter when it has one.
     */
    public long retrying(Tx tx, long pipelineId, String sourceKey, String sourceRecord, Failure f, int runs,
                         Instant retryAfter) {
        return save(tx, pipelineId, sourceKey, sourceRecord, f, DeadLetter.State.RETRYING, runs, retryAfter);
    }

    private long save(Tx tx, long pipelineId, String sourceKey, String sourceRecord, Failure f, DeadLetter.State state,
                      int runs, Instant retryAfter) {
        Optional<DeadLetter> open = unsettled(tx, pipelineId, sourceKey);
        if (open.isPresent()) {
            tx.update("UPDATE dead_letters SET source_record = ?, stage = ?, outcome = ?, field = ?, vendor_message = ?,"
                            + " message = ?, attempts_json = ?, state = ?, retry_runs = ?, retry_after = ?,"
                            + " updated_at = ? WHERE id = ?", sourceRecord, f.stage(), f.outcome(), f.field(),
                    f.vendorMessage(), f.message(), f.attemptsJson(), state, runs, retryAfter, clock.instant(),
                    open.get().id());
            return open.get().id();
        }
        return tx.insert("INSERT INTO dead_letters (pipeline_id, source_key, source_record, stage, outcome, field,"
                        + " vendor_message, message, attempts_json, state, created_at, updated_at, retry_runs,"
                        + " retry_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pipelineId, sourceKey,
                sourceRecord, f.stage(), f.outcome(), f.field(), f.vendorMessage(), f.message(), f.attemptsJson(),
                state, clock.instant(), clock.instant(), runs, retryAfter);
    }

    /** Replaces the record a letter holds (the source's record, where the source cannot give it again by key). */
    public void keepRecord(Tx tx, long id, String sourceRecord) {
        tx.update("UPDATE dead_letters SET source_record = ? WHERE id = ?", sourceRecord, id);
    }

    /** The OPEN or RETRYING letter of a source key. */
    public Optional<DeadLetter> unsettled(Tx tx, long pipelineId, String sourceKey) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM dead_letters WHERE pipeline_id = ? AND source_key = ?"
                + " AND state IN (?, ?)", DeadLetters::letter, pipelineId, sourceKey, DeadLetter.State.OPEN,
                DeadLetter.State.RETRYING);
    }

    /** The RETRYING letters of a pipeline, oldest first. */
    public List<DeadLetter> retrying(Tx tx, long pipelineId) {
        return tx.query("SELECT " + COLUMNS + " FROM dead_letters WHERE pipeline_id = ? AND state = ? ORDER BY id",
                DeadLetters::letter, pipelineId, DeadLetter.State.RETRYING);
    }

    /** Closes the open (or retrying) letter of a source key once the record went through. */
    public int markReplayed(Tx tx, long pipelineId, String sourceKey) {
        return tx.update("UPDATE dead_letters SET state = ?, updated_at = ? WHERE pipeline_id = ? AND source_key = ?"
                + " AND state IN (?, ?)", DeadLetter.State.REPLAYED, clock.instant(), pipelineId, sourceKey,
                DeadLetter.State.OPEN, DeadLetter.State.RETRYING);
    }

    /**
     * {@link #markReplayed} for many keys in one statement: it reads only the pipeline's open letters (few, by the
     * state index), where a batch would look each key up.
     */
    public void markReplayedAll(Tx tx, long pipelineId, java.util.List<String> sourceKeys) {
        tx.update("UPDATE dead_letters SET state = ?, updated_at = ? WHERE pipeline_id = ? AND state = ?"
                + " AND source_key = ANY(?)", DeadLetter.State.REPLAYED, clock.instant(), pipelineId,
                DeadLetter.State.OPEN, sourceKeys.toArray(String[]::new));
    }

    /** Removes a letter whose failure another record's letter carries (a buyer's, its order's); what it held. */
    public Optional<DeadLetter> withdraw(Tx tx, long id) {
        Optional<DeadLetter> letter = find(tx, id);
        letter.ifPresent(l -> tx.update("DELETE FROM dead_letters WHERE id = ?", id));
        return letter;
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
                Tx.instant(rs, "created_at"), Tx.instant(rs, "updated_at"), rs.getInt("retry_runs"),
                Tx.instant(rs, "retry_after"));
    }
}
