package dev.kopru.sync.write;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.store.Intent;
import dev.kopru.sync.store.KeyedIntents;
import dev.kopru.sync.store.SyncStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates made outside pipelines (the unified API, the Mikro drop-in) under the engine's intent protocol, with the
 * database serialising each (connection, entity, natural key): the intent is committed, the key is looked up in the
 * target, and only then is the create sent, once; concurrent requests for the key wait for its outcome instead of
 * sending; a create whose answer was lost is looked up again before anything is sent again. So concurrent or retried
 * requests for one natural key make one record, and all get its key (the content of the first one wins: a caller
 * that must know sends an Idempotency-Key too).
 */
public final class KeyedCreates {

    /** The record's key, and whether this call created it (false: an earlier or concurrent request did). */
    public record Outcome(String key, boolean created) {
    }

    private static final int MAX_KEY_LENGTH = 200;
    private static final Duration POLL = Duration.ofMillis(50);

    private final SyncStore store;
    private final CanonicalJson json = new CanonicalJson();
    private final Duration lease;
    private final Duration patience;

    /**
     * @param lease how long a request that sends may stay silent before another takes its intent over
     * @param patience how long a request waits for a concurrent one's outcome before it is refused with a 409
     */
    public KeyedCreates(SyncStore store, Duration lease, Duration patience) {
        this.store = store;
        this.lease = lease;
        this.patience = patience;
    }

    /**
     * Creates {@code record} through {@code connector} (connection {@code connectionId}) exactly once per natural key.
     *
     * @throws ConflictException when another request is still at the same key after the wait
     */
    public <T extends CanonicalRecord> Outcome create(long connectionId, Connector connector, Entity<T> entity,
                                                      T record) {
        NaturalKey key = connector.naturalKeyOf(entity, record);
        if (key.value().length() > MAX_KEY_LENGTH || key.name().length() > 60) {
            throw new InvalidInputException(key.name(), "at most " + MAX_KEY_LENGTH + " characters");
        }
        String hash = json.hash(record);
        String owner = UUID.randomUUID().toString();
        KeyedIntents intents = store.keyedIntents();
        Instant giveUp = store.clock().instant().plus(patience);
        while (true) {
            Instant leaseStart = store.clock().instant().minus(lease);
            Optional<KeyedIntents.Found> found = store.transaction(tx -> intents.find(tx, connectionId, entity.name(),
                    key, leaseStart));
            if (found.isPresent() && found.get().state() == Intent.State.DONE) {
                return new Outcome(found.get().targetKey(), false);
            }
            boolean mine = found.isEmpty() ? added(connectionId, entity, key, hash, owner)
                    : !found.get().owned() && store.transaction(tx -> intents.takeOver(tx, connectionId,
                    entity.name(), key, owner, leaseStart));
            if (mine) {
                // the record may exist already: made before Köprü, by a pipeline, or by a create whose answer was lost
                Optional<T> existing;
                try {
                    existing = connector.findByNaturalKey(entity, key);
                } catch (RuntimeException e) {
                    store.inTransaction(tx -> intents.inDoubt(tx, connectionId, entity.name(), key)); // let go
                    throw e;
                }
                if (existing.isPresent()) {
                    store.inTransaction(tx -> intents.done(tx, connectionId, entity.name(), key,
                            existing.get().key()));
                    return new Outcome(existing.get().key(), false);
                }
                return send(connectionId, connector, entity, record, key, hash);
            }
            if (store.clock().instant().isAfter(giveUp)) {
                throw new ConflictException(key.name(), "a create of " + entity + " '" + key.value()
                        + "' is still in progress; retry later");
            }
            pause();
        }
    }

    private boolean added(long connectionId, Entity<?> entity, NaturalKey key, String hash, String owner) {
        try {
            store.inTransaction(tx -> store.keyedIntents().add(tx, connectionId, entity.name(), key, hash, owner));
            return true;
        } catch (RuntimeException e) {
            return false; // another request added it a moment ago (the primary key): look again
        }
    }

    private <T extends CanonicalRecord> Outcome send(long connectionId, Connector connector, Entity<T> entity,
                                                     T record, NaturalKey key, String hash) {
        KeyedIntents intents = store.keyedIntents();
        store.inTransaction(tx -> intents.sending(tx, connectionId, entity.name(), key, hash));
        String created;
        try {
            created = connector.create(entity, record);
        } catch (ConnectorException.InDoubt | ConnectorException.Transient e) {
            // the create may have happened: look it up now, or leave it for the next request to resolve
            Optional<T> existing = lookUp(connector, entity, key);
            if (existing.isPresent()) {
                store.inTransaction(tx -> intents.done(tx, connectionId, entity.name(), key, existing.get().key()));
                return new Outcome(existing.get().key(), true);
            }
            store.inTransaction(tx -> intents.inDoubt(tx, connectionId, entity.name(), key));
            throw e;
        } catch (ConnectorException | IllegalArgumentException | UnsupportedOperationException | ConflictException e) {
            // refused before anything was written (the vendor's refusal, our own input checks)
            store.inTransaction(tx -> intents.remove(tx, connectionId, entity.name(), key));
            throw e;
        } catch (RuntimeException | Error e) {
            store.inTransaction(tx -> intents.inDoubt(tx, connectionId, entity.name(), key));
            throw e;
        }
        store.inTransaction(tx -> intents.done(tx, connectionId, entity.name(), key, created));
        return new Outcome(created, true);
    }

    private static <T extends CanonicalRecord> Optional<T> lookUp(Connector connector, Entity<T> entity,
                                                                  NaturalKey key) {
        try {
            return connector.findByNaturalKey(entity, key);
        } catch (ConnectorException e) {
            return Optional.empty();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a create of the same key", e);
        }
    }
}
