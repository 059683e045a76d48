package dev.kopru.sync.pipeline;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.sync.store.Leases;
import dev.kopru.sync.store.SyncStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * This node's side of the run leases: one node runs a pipeline at a time; the holder renews after every committed
 * page; a lease not renewed within {@code ttl} (the node died) may be taken by another node, which resumes from the
 * last committed cursor. {@code ttl} must be longer than the slowest page.
 */
public final class RunLeases {

    private final SyncStore store;
    private final String owner;
    private final Clock clock;
    private final Duration ttl;

    public RunLeases(SyncStore store, String owner, Clock clock, Duration ttl) {
        this.store = Objects.requireNonNull(store, "store");
        if (owner == null || owner.isBlank()) {
            throw new InvalidInputException("owner", "required (a node name)");
        }
        this.owner = owner;
        this.clock = Objects.requireNonNull(clock, "clock");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new InvalidInputException("ttl", "must be positive, was " + ttl);
        }
        this.ttl = ttl;
    }

    /** A node with a random name and a five-minute lease. */
    public static RunLeases forThisNode(SyncStore store) {
        return new RunLeases(store, "node-" + UUID.randomUUID(), store.clock(), Duration.ofMinutes(5));
    }

    public String owner() {
        return owner;
    }

    /** @throws PipelineBusyException when another live node holds the lease */
    void acquire(long pipelineId) {
        Optional<Leases.Lease> holder = store.transaction(tx -> store.leases().acquire(tx, pipelineId, owner,
                clock.instant(), clock.instant().plus(ttl)));
        if (holder.isPresent()) {
            throw new PipelineBusyException(pipelineId, holder.get().owner(), holder.get().expiresAt());
        }
    }

    /** @throws LeaseLostException when another node took the lease over (this node was too slow to renew) */
    void renew(long pipelineId) {
        if (!store.transaction(tx -> store.leases().renew(tx, pipelineId, owner, clock.instant().plus(ttl)))) {
            throw new LeaseLostException(pipelineId, owner);
        }
    }

    void release(long pipelineId) {
        store.inTransaction(tx -> store.leases().release(tx, pipelineId, owner));
    }

    /** Another node is running the pipeline: try again later. */
    public static final class PipelineBusyException extends RuntimeException {
        PipelineBusyException(long pipelineId, String holder, java.time.Instant until) {
            super("pipeline " + pipelineId + ": already running on " + holder + " (lease until " + until + ")");
        }
    }

    /** This node's lease expired and another node took the run over; this node must stop writing. */
    public static final class LeaseLostException extends RuntimeException {
        LeaseLostException(long pipelineId, String owner) {
            super("pipeline " + pipelineId + ": " + owner + " lost its lease to another node; stopping");
        }
    }
}
