package dev.kopru.sync.store;

import java.time.Clock;
import java.util.Optional;

/** The {@code links} table: (pipeline, source key) → (target key, content hash). */
public final class Links {

    private final Clock clock;

    Links(Clock clock) {
        this.clock = clock;
    }

    public Optional<Link> find(Tx tx, long pipelineId, String sourceKey) {
        return tx.queryOne("SELECT pipeline_id, source_key, target_key, content_hash, state, updated_at FROM links"
                        + " WHERE pipeline_id = ? AND source_key = ?",
                rs -> new Link(rs.getLong("pipeline_id"), rs.getString("source_key"), rs.getString("target_key"),
                        rs.getString("content_hash"), Link.State.valueOf(rs.getString("state")),
                        Tx.instant(rs, "updated_at")), pipelineId, sourceKey);
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
