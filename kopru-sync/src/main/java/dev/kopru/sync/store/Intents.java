package dev.kopru.sync.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code intents} table: one row per (pipeline, source key) while a create of it is unresolved, removed in the
 * transaction that commits its link (the link records the create from then on). So the table holds only work in
 * flight or in doubt, and finishing a create costs one row fewer than marking it done would.
 */
public final class Intents {

    private static final String COLUMNS = "pipeline_id, source_key, target_key_name, target_key_value,"
            + " content_hash, state, attempts, created_at, updated_at";

    private final Clock clock;

    Intents(Clock clock) {
        this.clock = clock;
    }

    public Optional<Intent> find(Tx tx, long pipelineId, String sourceKey) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM intents WHERE pipeline_id = ? AND source_key = ?",
                Intents::intent, pipelineId, sourceKey);
    }

    /** A new intent: see {@link #sendingAll}. */
    public record New(String sourceKey, String keyName, String keyValue, String contentHash) { }

    /** Which of {@code sourceKeys} (a page's) have an intent row (an unresolved create), in one query. */
    public Set<String> keysOf(Tx tx, long pipelineId, Collection<String> sourceKeys) {
        Set<String> found = new HashSet<>();
        if (sourceKeys.isEmpty()) {
            return found;
        }
        String[] keys = sourceKeys.toArray(String[]::new);
        // in the form each database looks every key up in the primary key (see Links.findAll)
        found.addAll(tx.postgres()
                ? tx.query("SELECT source_key FROM intents WHERE source_key = ANY(?) AND pipeline_id = ?",
                        rs -> rs.getString(1), keys, pipelineId)
                : tx.query("SELECT i.source_key FROM UNNEST(?) AS k (source_key) JOIN intents i"
                        + " ON i.pipeline_id = ? AND i.source_key = k.source_key", rs -> rs.getString(1), keys,
                        pipelineId));
        return found;
    }

    /**
     * Inserts the intents of records that have none, each counted as sent once (PENDING), in one JDBC batch: a
     * page's creates are committed to before any of them is sent.
     */
    public void sendingAll(Tx tx, long pipelineId, List<New> intents) {
        var now = clock.instant();
        tx.batch("INSERT INTO intents (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", intents.stream()
                .map(i -> new Object[] {pipelineId, i.sourceKey(), i.keyName(), i.keyValue(), i.contentHash(),
                        Intent.State.PENDING, now, now}).toList());
    }

    /** The create of {@code sourceKey} is linked: its intent is done with, and goes. */
    public void done(Tx tx, long pipelineId, String sourceKey) {
        remove(tx, pipelineId, sourceKey);
    }

    /** {@link #done} for many keys: one statement on PostgreSQL, one JDBC batch on H2 (which scans on "= ANY"). */
    public void doneAll(Tx tx, long pipelineId, List<String> sourceKeys) {
        if (tx.postgres()) {
            tx.update("DELETE FROM intents WHERE source_key = ANY(?) AND pipeline_id = ?",
                    sourceKeys.toArray(String[]::new), pipelineId);
            return;
        }
        tx.batch("DELETE FROM intents WHERE pipeline_id = ? AND source_key = ?",
                sourceKeys.stream().map(k -> new Object[] {pipelineId, k}).toList());
    }

    /** Records (or re-arms) the intent to create {@code sourceKey} as the target record named by the key. */
    public void pending(Tx tx, long pipelineId, String sourceKey, String keyName, String keyValue, String hash) {
        int updated = tx.update("UPDATE intents SET target_key_name = ?, target_key_value = ?, content_hash = ?,"
                        + " state = ?, attempts = 0, updated_at = ? WHERE pipeline_id = ? AND source_key = ?",
                keyName, keyValue, hash, Intent.State.PENDING, clock.instant(), pipelineId, sourceKey);
        if (updated == 0) {
            tx.update("INSERT INTO intents (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)", pipelineId,
                    sourceKey, keyName, keyValue, hash, Intent.State.PENDING, clock.instant(), clock.instant());
        }
    }

    /** Counts one more send of the version {@code hash}; the intent is PENDING while the create is on the wire. */
    public void sending(Tx tx, long pipelineId, String sourceKey, String hash) {
        tx.update("UPDATE intents SET attempts = attempts + 1, content_hash = ?, state = ?, updated_at = ?"
                        + " WHERE pipeline_id = ? AND source_key = ?", hash, Intent.State.PENDING, clock.instant(),
                pipelineId, sourceKey);
    }

    /** Sets the state of an unresolved intent (IN_DOUBT after a create's answer was lost); see {@link #done}. */
    public void mark(Tx tx, long pipelineId, String sourceKey, Intent.State state) {
        tx.update("UPDATE intents SET state = ?, updated_at = ? WHERE pipeline_id = ? AND source_key = ?",
                state, clock.instant(), pipelineId, sourceKey);
    }

    /** The create was refused outright: nothing was written, so there is nothing to resolve. */
    public void remove(Tx tx, long pipelineId, String sourceKey) {
        tx.update("DELETE FROM intents WHERE pipeline_id = ? AND source_key = ?", pipelineId, sourceKey);
    }

    /** The pipeline's intents: every one is unresolved (PENDING or IN_DOUBT), as a done one is removed. */
    public List<Intent> unresolved(Tx tx, long pipelineId) {
        return tx.query("SELECT " + COLUMNS + " FROM intents WHERE pipeline_id = ? ORDER BY source_key",
                Intents::intent, pipelineId);
    }

    /** How many creates of the pipeline were sent without learning whether they were made. */
    public long countInDoubt(Tx tx, long pipelineId) {
        return tx.count("SELECT COUNT(*) FROM intents WHERE pipeline_id = ? AND state = ?", pipelineId,
                Intent.State.IN_DOUBT);
    }

    private static Intent intent(ResultSet rs) throws SQLException {
        return new Intent(rs.getLong("pipeline_id"), rs.getString("source_key"), rs.getString("target_key_name"),
                rs.getString("target_key_value"), rs.getString("content_hash"), Intent.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                Tx.instant(rs, "created_at"), Tx.instant(rs, "updated_at"));
    }
}
