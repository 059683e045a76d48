package dev.kopru.farmaborsa;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.farmaborsa.client.FarmaBorsaClient;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import java.util.Map;
import java.util.Optional;

/**
 * A connection to one FarmaBorsa seller account: listings and orders over the typed client, within the account's
 * rate limit. Writes are sent once; an unknown outcome ends in {@link ConnectorException.InDoubt}, resolved by
 * {@link #findByNaturalKey}. Order actions (confirm, cancel, quantities, cargo link, invoice URL) are on
 * {@link #client()}.
 */
public final class FarmaBorsaConnector implements Connector {

    private final FarmaBorsaConfig config;
    private final FarmaBorsaClient client;
    private final ConnectorDescriptor descriptor;
    private final Map<Entity<?>, EntityHandler<?>> handlers;

    public FarmaBorsaConnector(FarmaBorsaConfig config) {
        this.config = config;
        this.client = new FarmaBorsaClient(config);
        this.descriptor = FarmaBorsaDescriptor.descriptor(config.rateLimit());
        int max = FarmaBorsaDescriptor.MAX_PAGE_SIZE;
        this.handlers = Map.of(
                Entity.LISTING, new Listings(client, max),
                Entity.ORDER, new Orders(client, config.clock(), max));
    }

    /** The typed client underneath, for operations the canonical model does not cover. */
    public FarmaBorsaClient client() {
        return client;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    /** One cheap authenticated call: the sales counted per status. */
    @Override
    public void check() {
        client.satisDurumBazindaSatisListesi();
    }

    @Override
    public <T> Page<T> read(Entity<T> entity, ReadRequest request) {
        return handler(entity).read(request);
    }

    @Override
    public <T> Optional<T> get(Entity<T> entity, String key) {
        return handler(entity).get(key);
    }

    @Override
    public <T> Optional<T> findByNaturalKey(Entity<T> entity, NaturalKey naturalKey) {
        return handler(entity).find(naturalKey);
    }

    @Override
    public <T> NaturalKey naturalKeyOf(Entity<T> entity, T record) {
        return handler(entity).naturalKeyOf(record);
    }

    @Override
    public <T> String create(Entity<T> entity, T record) {
        return handler(entity).create(record);
    }

    @Override
    public <T> void update(Entity<T> entity, String key, T record) {
        handler(entity).update(key, record);
    }

    @Override
    public <T> void delete(Entity<T> entity, String key) {
        handler(entity).delete(key);
    }

    @SuppressWarnings("unchecked")
    private <T> EntityHandler<T> handler(Entity<T> entity) {
        EntityHandler<?> handler = handlers.get(entity);
        if (handler == null) {
            throw new UnsupportedOperationException("farmaborsa: " + entity + " is not supported");
        }
        return (EntityHandler<T>) handler;
    }

    @Override
    public String toString() {
        return "FarmaBorsaConnector{" + config + "}";
    }
}
