package dev.kopru.sync.store;

import dev.kopru.core.connector.NaturalKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code keyed_intents} table: the intents of creates made outside pipelines, one per (connection, entity,
 * natural key), with the {@link Intent.State}s of the engine's own intents. A request owns an intent while it sends;
 * an owner silent for longer than the lease is taken to be gone.
 */
public final class KeyedIntents {

    /** An intent as found: its state, the record's key once DONE, and whether another request owns it now. */
    public record Found(Intent.State state, String contentHash, String targetKey, boolean owned) {
    }

    private static final String WHERE = " WHERE connection_id = ? AND entity = ? AND key_name = ? AND key_value = ?";

    private final Clock clock;

    KeyedIntents(Clock clock) {
        this.clock = clock;
    }

    /** The intent of {@code key}; {@code owned} when an owner refreshed it after {@code leaseStart}. */
    public Optional<Found> find(Tx tx, long connectionId, String entity, NaturalKey key, Instant leaseStart) {
        return tx.queryOne("SELECT state, content_hash, target_key, owner, updated_at FROM keyed_intents" + WHERE,
                rs -> new Found(Intent.State.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4) != null && Tx.instant(rs, "updated_at").isAfter(leaseStart)),
                connectionId, entity, key.name(), key.value());
    }

    /** A new PENDING intent owned by {@code owner}; fails on the primary key when another request made it first. */
    public void add(Tx tx, long connectionId, String entity, NaturalKey key, String hash, String owner) {
        tx.update("INSERT INTO keyed_intents (connection_id, entity, key_name, key_value, content_hash, state, owner,"
                        + " attempts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", connectionId, entity,
                key.name(), key.value(), hash, Intent.State.PENDING, owner, clock.instant(), clock.instant());
    }

    /** Takes over an unresolved intent nobody owns (or whose owner's lease ran out); false when another did first. */
    public boolean takeOver(Tx tx, long connectionId, String entity, NaturalKey key, String owner, Instant leaseStart) {
        return tx.update("UPDATE keyed_intents SET owner = ?, updated_at = ?" + WHERE + " AND state <> ? AND"
                        + " (owner IS NULL OR updated_at <= ?)", owner, clock.instant(), connectionId, entity,
                key.name(), key.value(), Intent.State.DONE, leaseStart) == 1;
    }

    /** Counts one more send of the version {@code hash}. */
    public void sending(Tx tx, long connectionId, String entity, NaturalKey key, String hash) {
        tx.update("UPDATE keyed_intents SET attempts = attempts + 1, content_hash = ?, state = ?, updated_at = ?"
                + WHERE, hash, Intent.State.PENDING, clock.instant(), connectionId, entity, key.name(), key.value());
    }

    /** The record exists as {@code targetKey}. */
    public void done(Tx tx, long connectionId, String entity, NaturalKey key, String targetKey) {
        tx.update("UPDATE keyed_intents SET state = ?, target_key = ?, owner = NULL, updated_at = ?" + WHERE,
                Intent.State.DONE, targetKey, clock.instant(), connectionId, entity, key.name(), key.value());
    }

    /** The create's outcome is unknown: the next request for the key looks it up before sending again. */
    public void inDoubt(Tx tx, long connectionId, String entity, NaturalKey key) {
        tx.update("UPDATE keyed_intents SET state = ?, owner = NULL, updated_at = ?" + WHERE, Intent.State.IN_DOUBT,
                clock.instant(), connectionId, entity, key.name(), key.value());
    }

    /** The create was refused outright: nothing was written, so there is nothing to resolve. */
    public void remove(Tx tx, long connectionId, String entity, NaturalKey key) {
        tx.update("DELETE FROM keyed_intents" + WHERE, connectionId, entity, key.name(), key.value());
    }
}
