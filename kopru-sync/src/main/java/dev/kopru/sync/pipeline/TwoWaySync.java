package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.store.ConflictPolicy;
import dev.kopru.sync.store.Cursors;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.DeadLetters;
import dev.kopru.sync.store.Intent;
import dev.kopru.sync.store.Link;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.CanonicalJson;
import dev.kopru.sync.write.ExactlyOnceWriter;
import dev.kopru.sync.write.Lane;
import dev.kopru.sync.write.RecordKeys;
import dev.kopru.sync.write.RunCalls;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.sync.write.WritePolicy;
import dev.kopru.sync.write.WriteResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run's two directions of a two-way pipeline: records read from A go through the A → B writer, records read
 * from B through the B → A writer (both {@link ExactlyOnceWriter}s, see {@link Lane} for the per-direction links).
 * <ul>
 *   <li>Echoes: a record whose content hash equals its link's hash is skipped by the writer; the mirror link makes
 *       our own write, read back from the other side, such a record. The hash is {@link CanonicalJson}'s, which
 *       leaves out {@code key} and {@code changedAt} (the vendor's key and change date differ per side).</li>
 *   <li>Conflicts: a linked record changed on its side (hash ≠ link hash) whose counterpart, fetched from the other
 *       side, changed too is resolved by the pipeline's {@link ConflictPolicy}. A dead-lettered conflict is
 *       remembered for the rest of the run so the other direction does not report it again.</li>
 *   <li>First runs: records both sides already hold under one natural key are paired, not copied
 *       ({@link FirstMatch}).</li>
 *   <li>Crashes: a create sent by a run killed before its link is settled before either side is read
 *       ({@link #settleInterrupted()}), so it does not come back as the other side's new record.</li>
 * </ul>
 */
final class TwoWaySync<T extends CanonicalRecord> {

    private final SyncStore store;
    private final long pipelineId;
    private final Entity<T> entity;
    private final Connector a;
    private final Connector b;
    private final ExactlyOnceWriter<T> toB;
    private final ExactlyOnceWriter<T> toA;
    private final ConflictPolicy conflicts;
    private final CanonicalJson json = new CanonicalJson();
    private final Set<String> deadLettered = new HashSet<>();
    private final FirstMatch<T> firstMatch;

    TwoWaySync(SyncStore store, long pipelineId, Entity<T> entity, Connector a, Connector b, WritePolicy policy,
               RunCalls calls, WriteHooks hooks, ConflictPolicy conflicts, Optional<String> matchKey) {
        this.store = store;
        this.pipelineId = pipelineId;
        this.entity = entity;
        this.a = a;
        this.b = b;
        this.conflicts = conflicts;
        this.toB = new ExactlyOnceWriter<>(store, pipelineId, b, entity, policy, calls, hooks, Lane.A_TO_B);
        this.toA = new ExactlyOnceWriter<>(store, pipelineId, a, entity, policy, calls, hooks, Lane.B_TO_A);
        // a side read from its start (first run, or after a reset of that side) pairs its records by natural key
        this.firstMatch = store.transaction(tx -> new FirstMatch<>(store, pipelineId, entity, matchKey,
                store.cursors().find(tx, pipelineId, Cursors.Side.SOURCE).isEmpty(),
                store.cursors().find(tx, pipelineId, Cursors.Side.TARGET).isEmpty()));
    }

    /**
     * Settles creates that an earlier run sent but did not link (it was killed between the two): each open intent is
     * looked up by its natural key on its target and, found, linked both ways, before either side is read, so that
     * the other direction does not take our own create, read back, for a new record and send it back.
     */
    List<WriteResult> settleInterrupted() {
        List<WriteResult> settled = new ArrayList<>();
        for (Intent intent : store.transaction(tx -> store.intents().unresolved(tx, pipelineId))) {
            boolean fromA = intent.sourceKey().startsWith(Lane.A_TO_B.prefix());
            Lane lane = fromA ? Lane.A_TO_B : Lane.B_TO_A;
            Optional<T> found;
            try {
                found = (fromA ? b : a).findByNaturalKey(entity, new NaturalKey(intent.targetKeyName(),
                        intent.targetKeyValue()));
            } catch (ConnectorException e) {
                continue; // the writer looks it up again when the record comes round
            }
            if (found.isPresent()) {
                String targetKey = RecordKeys.keyOf(found.get());
                store.inTransaction(tx -> {
                    store.links().save(tx, pipelineId, intent.sourceKey(), targetKey, intent.contentHash());
                    store.links().save(tx, pipelineId, lane.mirrorPrefix() + targetKey,
                            intent.sourceKey().substring(lane.prefix().length()), intent.contentHash());
                    store.intents().done(tx, pipelineId, intent.sourceKey());
                    store.deadLetters().markReplayed(tx, pipelineId, intent.sourceKey());
                });
                settled.add(new WriteResult.Resolved(intent.sourceKey(), targetKey));
            }
        }
        return settled;
    }

    WriteResult fromA(T record) {
        return write(record, true);
    }

    WriteResult fromB(T record) {
        return write(record, false);
    }

    private WriteResult write(T record, boolean fromA) {
        Lane lane = fromA ? Lane.A_TO_B : Lane.B_TO_A;
        ExactlyOnceWriter<T> own = fromA ? toB : toA;
        String linkKey = lane.linkKey(record);
        if (deadLettered.contains(linkKey)) {
            return new WriteResult.Skipped(linkKey, "conflict dead-lettered in this run");
        }
        Optional<Link> link = store.transaction(tx -> store.links().find(tx, pipelineId, linkKey));
        if (link.isEmpty()) {
            Optional<WriteResult> paired = firstMatch.match(record, fromA, fromA ? b : a);
            if (paired.isPresent()) {
                return paired.get(); // already on the other side as it is: linked, nothing written
            }
            link = store.transaction(tx -> store.links().find(tx, pipelineId, linkKey)); // a differing pair: a conflict
        }
        if (link.isEmpty() || link.get().contentHash().equals(json.hash(record))) {
            return own.write(record); // new (created once) or unchanged / our own echo (skipped)
        }
        Connector otherSide = fromA ? b : a;
        String otherKey = link.get().targetKey();
        Optional<T> other = otherSide.get(entity, otherKey);
        if (other.isEmpty() || json.hash(other.get()).equals(link.get().contentHash())) {
            return own.write(record); // changed on this side only
        }
        String hash = json.hash(record);
        if (json.hash(other.get()).equals(hash)) {
            agreed(lane, linkKey, otherKey, hash); // both changed the same way (or a person settled a conflict)
            return new WriteResult.Skipped(linkKey, "changed the same way on both sides");
        }
        T versionA = fromA ? record : other.get();
        T versionB = fromA ? other.get() : record;
        return switch (conflicts.rule()) {
            case SOURCE_WINS -> toB.write(versionA);
            case TARGET_WINS -> toA.write(versionB);
            case NEWEST_WINS -> changedAt(versionB).compareTo(changedAt(versionA)) > 0
                    ? toA.write(versionB) : toB.write(versionA);
            case DEAD_LETTER -> deadLetter(versionA, versionB);
        };
    }

    private void agreed(Lane lane, String linkKey, String otherKey, String hash) {
        store.inTransaction(tx -> {
            store.links().save(tx, pipelineId, linkKey, otherKey, hash);
            store.links().save(tx, pipelineId, lane.mirrorPrefix() + otherKey,
                    linkKey.substring(lane.prefix().length()), hash);
            // the conflict's dead letter (keyed by A's link key; a later run's conflict updates the same one) is settled
            store.deadLetters().markReplayed(tx, pipelineId, lane == Lane.A_TO_B ? linkKey
                    : Lane.A_TO_B.prefix() + otherKey);
        });
    }

    private WriteResult deadLetter(T versionA, T versionB) {
        String keyA = Lane.A_TO_B.linkKey(versionA);
        deadLettered.add(keyA);
        deadLettered.add(Lane.B_TO_A.linkKey(versionB));
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("a", versionA);
        both.put("b", versionB);
        String message = entity + " " + RecordKeys.keyOf(versionA) + " changed on both sides since the last sync;"
                + " nothing was written: fix one side (or both) and the next run syncs it";
        long id = store.transaction(tx -> store.deadLetters().record(tx, pipelineId, keyA, json.toJson(both),
                new DeadLetters.Failure(DeadLetter.Stage.WRITE, "Conflict", null, null, message, "[]")));
        return new WriteResult.DeadLettered(keyA, id, "Conflict");
    }

    /** The record's {@code changedAt}; a record without one counts as oldest (so A wins the tie). */
    private static Instant changedAt(CanonicalRecord record) {
        return record.changedAt() == null ? Instant.MIN : record.changedAt();
    }
}
