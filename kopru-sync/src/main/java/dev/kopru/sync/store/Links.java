package dev.kopru.sync.store;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code links} table: (pipeline, source key) → (target key, content hash). */
public final class Links {

    private final Clock clock;

    Links(Clock clock) {
        this.clock = clock;
    }

    private static final String SELECT = "SELECT pipeline_id, source_key, target_key, content_hash, state, updated_at"
            + " FROM links WHERE pipeline_id = ? AND source_key";

    /** A link to commit: see {@link #saveAll}. {@code replaces}: the record has a link, which this replaces. */
    public record Saved(String sourceKey, String targetKey, String contentHash, boolean replaces) { }

    public Optional<Link> find(Tx tx, long pipelineId, String sourceKey) {
        return tx.queryOne(SELECT + " = ?", Links::link, pipelineId, sourceKey);
    }

    /** The links of {@code sourceKeys} (a page's), by source key, in one query. */
    public Map<String, Link> findAll(Tx tx, long pipelineId, Collection<String> sourceKeys) {
        Map<String, Link> found = new HashMap<>();
        if (sourceKeys.isEmpty()) {
            return found;
        }
        String[] keys = sourceKeys.toArray(String[]::new);
        // each database in the form it looks every key up in the primary key: PostgreSQL planned the join below
        // (while the table was small) as a scan of every link of the pipeline; H2 scans on "= ANY" instead
        (tx.postgres() ? tx.query(SELECT + " = ANY(?)", Links::link, pipelineId, keys)
                : tx.query("SELECT l.pipeline_id, l.source_key, l.target_key, l.content_hash, l.state, l.updated_at"
                        + " FROM UNNEST(?) AS k (source_key) JOIN links l ON l.pipeline_id = ?"
                        + " AND l.source_key = k.source_key", Links::link, keys, pipelineId))
                .forEach(l -> found.put(l.sourceKey(), l));
        return found;
    }

    private static Link link(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Link(rs.getLong("pipeline_id"), rs.getString("source_key"), rs.getString("target_key"),
                rs.getString("content_hash"), Link.State.valueOf(rs.getString("state")), Tx.instant(rs, "updated_at"));
    }

    /** Replaces the links of {@code saved} that replace one, and inserts the others, in two JDBC batches. */
    public void saveAll(Tx tx, long pipelineId, List<Saved> saved) {
        var now = clock.instant();
        tx.batch("UPDATE links SET target_key = ?, content_hash = ?, state = ?, updated_at = ?"
                + " WHERE pipeline_id = ? AND source_key = ?", saved.stream().filter(Saved::replaces)
                .map(s -> new Object[] {s.targetKey(), s.contentHash(), Link.State.ACTIVE, now, pipelineId,
                        s.sourceKey()}).toList());
        tx.batch("INSERT INTO links (pipeline_id, source_key, target_key, content_hash, state, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", saved.stream().filter(s -> !s.replaces())
                .map(s -> new Object[] {pipelineId, s.sourceKey(), s.targetKey(), s.contentHash(), Link.State.ACTIVE,
                        now}).toList());
    }

    /** Inserts or replaces the link of {@code sourceKey}. */
    public void save(Tx tx, long pipelineId, String sourceKey, String targetKey, String contentHash) {
        int updated = tx.update("UPDATE links SET target_key = ?, content_hash = ?, state = ?, updated_at = ?"
                        + " WHERE pipeline_id = ? AND source_key = ?",
                targetKey, contentHash, Link.State.ACTIVE, clock.instant(), pipelineId, sourceKey);
        if (updated == 0) {
            tx.update("INSERT INTO links (pipeline_id, source_key, target_key, content_hash, state, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", pipelineId, sourceKey, targetKey, contentHash, Link.State.ACTIVE,
                    clock.instant());
        }
    }

    /** Marks the link of {@code sourceKey} DELETED, keeping its target key and hash. */
    public void markDeleted(Tx tx, long pipelineId, String sourceKey) {
        tx.update("UPDATE links SET state = ?, updated_at = ? WHERE pipeline_id = ? AND source_key = ?",
                Link.State.DELETED, clock.instant(), pipelineId, sourceKey);
    }

    public long count(Tx tx, long pipelineId) {
        return tx.count("SELECT COUNT(*) FROM links WHERE pipeline_id = ?", pipelineId);
    }
}
