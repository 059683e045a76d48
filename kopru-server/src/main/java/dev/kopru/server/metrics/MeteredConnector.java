package dev.kopru.server.metrics;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import java.util.Optional;

/**
 * A connector whose vendor calls are timed and counted per connection. Calls that do not reach the vendor
 * ({@link #descriptor}, {@link #naturalKeyOf}) pass straight through; closing is left to the pool that owns the
 * wrapped connector.
 */
final class MeteredConnector implements Connector {

    private final Connector delegate;
    private final ConnectorMetrics.Meters meters;

    MeteredConnector(Connector delegate, ConnectorMetrics.Meters meters) {
        this.delegate = delegate;
        this.meters = meters;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return delegate.descriptor();
    }

    @Override
    public void check() {
        meters.call("check", () -> {
            delegate.check();
            return null;
        });
    }

    @Override
    public <T> Page<T> read(Entity<T> entity, ReadRequest request) {
        return meters.call("read", () -> delegate.read(entity, request));
    }

    @Override
    public <T> Optional<T> get(Entity<T> entity, String key) {
        return meters.call("get", () -> delegate.get(entity, key));
    }

    @Override
    public <T> Optional<T> findByNaturalKey(Entity<T> entity, NaturalKey naturalKey) {
        return meters.call("find", () -> delegate.findByNaturalKey(entity, naturalKey));
    }

    @Override
    public <T> NaturalKey naturalKeyOf(Entity<T> entity, T record) {
        return delegate.naturalKeyOf(entity, record);
    }

    @Override
    public <T> String create(Entity<T> entity, T record) {
        return meters.call("create", () -> delegate.create(entity, record));
    }

    @Override
    public <T> void update(Entity<T> entity, String key, T record) {
        meters.call("update", () -> {
            delegate.update(entity, key, record);
            return null;
        });
    }

    @Override
    public <T> void delete(Entity<T> entity, String key) {
        meters.call("delete", () -> {
            delegate.delete(entity, key);
            return null;
        });
    }

    @Override
    public void close() {
        // the pool owns the connector
    }
}
