package dev.kopru.sync.store;

import dev.kopru.core.input.InvalidInputException;
import java.time.Instant;
import java.util.Optional;

/** The {@code run_leases} table. Times come from the caller, whose clock decides when a lease has expired. */
public final class Leases {

    /** Who holds a pipeline's lease, and until when. */
    public record Lease(long pipelineId, String owner, Instant expiresAt) { }

    Leases() {
    }

    /** Takes the lease if it is free, expired, or already {@code owner}'s; otherwise returns the current holder. */
    public Optional<Lease> acquire(Tx tx, long pipelineId, String owner, Instant now, Instant until) {
        // the pipeline's row serialises nodes competing for the same lease
        tx.queryOne("SELECT id FROM pipelines WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), pipelineId)
                .orElseThrow(() -> new InvalidInputException("pipeline", "no pipeline with id " + pipelineId));
        Optional<Lease> current = find(tx, pipelineId);
        if (current.isEmpty()) {
            tx.update("INSERT INTO run_leases (pipeline_id, owner, expires_at) VALUES (?, ?, ?)", pipelineId, owner,
                    until);
            return Optional.empty();
        }
        Lease held = current.get();
        if (held.owner().equals(owner) || !held.expiresAt().isAfter(now)) {
            tx.update("UPDATE run_leases SET owner = ?, expires_at = ? WHERE pipeline_id = ?", owner, until,
                    pipelineId);
            return Optional.empty();
        }
        return current;
    }

    /** Extends {@code owner}'s lease; false when another node has taken it over meanwhile. */
    public boolean renew(Tx tx, long pipelineId, String owner, Instant until) {
        return tx.update("UPDATE run_leases SET expires_at = ? WHERE pipeline_id = ? AND owner = ?", until, pipelineId,
                owner) == 1;
    }

    public void release(Tx tx, long pipelineId, String owner) {
        tx.update("DELETE FROM run_leases WHERE pipeline_id = ? AND owner = ?", pipelineId, owner);
    }

    public Optional<Lease> find(Tx tx, long pipelineId) {
        return tx.queryOne("SELECT pipeline_id, owner, expires_at FROM run_leases WHERE pipeline_id = ?",
                rs -> new Lease(rs.getLong("pipeline_id"), rs.getString("owner"), Tx.instant(rs, "expires_at")),
                pipelineId);
    }
}
