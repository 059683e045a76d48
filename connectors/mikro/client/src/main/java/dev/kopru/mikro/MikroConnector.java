package dev.kopru.mikro;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.mikro.client.HealthStatus;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import java.util.Map;
import java.util.Optional;

/**
 * A connection to one Mikro company and working year. Cards go through Mikro's list and save methods; documents are
 * saved with Mikro's document methods and read back with SQL (SqlVeriOkuV2), as Mikro offers no other way. Writes are
 * sent once; an unknown outcome ends in {@link ConnectorException.InDoubt}, resolved by {@link #findByNaturalKey}.
 */
public final class MikroConnector implements Connector {

    private final MikroConfig config;
    private final MikroClient client;
    private final ConnectorDescriptor descriptor = MikroDescriptor.descriptor();
    private final Map<Entity<?>, EntityHandler<?>> handlers;

    public MikroConnector(MikroConfig config, DocumentSettings documents) {
        this.config = config;
        this.client = new MikroClient(config);
        int max = MikroDescriptor.MAX_PAGE_SIZE;
        this.handlers = Map.of(
                Entity.PARTY, new Parties(client, config.clock(), max),
                Entity.ITEM, new Items(client, config.clock(), max),
                Entity.INVOICE, new Invoices(client, documents, max),
                Entity.ORDER, new SqlDocuments<>(client, DocumentKind.orders(documents), max),
                Entity.DISPATCH_NOTE, new SqlDocuments<>(client, DocumentKind.dispatchNotes(documents), max),
                Entity.PAYMENT, new SqlDocuments<>(client, DocumentKind.payments(documents), max),
                Entity.ACCOUNT_MOVEMENT, new Ledger.Movements(client, documents, max),
                Entity.BALANCE, new Ledger.Balances(client, config.clock(), max));
    }

    /** The typed client underneath, for operations the canonical model does not cover. */
    public MikroClient client() {
        return client;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    /** HealthCheck2 (HealthCheck on servers without it), then a cheap authenticated query. */
    @Override
    public void check() {
        HealthStatus health;
        try {
            health = client.healthCheck2();
        } catch (ConnectorException.NotFound olderServer) {
            String status = client.healthCheck();
            health = new HealthStatus(status.contains("200") ? "Up" : status, null);
        }
        if (!health.up()) {
            throw new ConnectorException.Transient("HealthCheck2",
                    "HealthCheck2: the Mikro API reports ApiStatus '" + health.ApiStatus() + "'", health.ApiStatus(),
                    null);
        }
        client.sqlVeriOkuV2("SELECT 1 AS ok");
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
            throw new UnsupportedOperationException("mikro: " + entity + " is not supported");
        }
        return (EntityHandler<T>) handler;
    }

    @Override
    public String toString() {
        return "MikroConnector{" + config + "}";
    }
}
