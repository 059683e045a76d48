package dev.kopru.server.entities;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.KeyedCreates;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every create of the unified API and the Mikro drop-in: through the engine's intent protocol per natural key
 * ({@link KeyedCreates}), so concurrent or retried requests for one key make one record. An entity whose connector
 * names no natural key for it is created as it is (an {@code Idempotency-Key} still keeps retries to one).
 */
@Component
public class ApiCreates {

    private final KeyedCreates creates;

    public ApiCreates(SyncStore store, @Value("${kopru.api.create-lease:PT2M}") Duration lease) {
        // a request waits for a concurrent one of the same key as long as that one may take
        this.creates = new KeyedCreates(store, lease, lease);
    }

    public <T extends CanonicalRecord> KeyedCreates.Outcome create(StoredConnection connection, Connector connector,
                                                                   Entity<T> entity, T record) {
        boolean keyed = connector.descriptor().support(entity).map(s -> !s.naturalKeys().isEmpty()).orElse(false);
        return keyed ? creates.create(connection.id(), connector, entity, record)
                : new KeyedCreates.Outcome(connector.create(entity, record), true);
    }
}
