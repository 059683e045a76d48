package dev.kopru.server.connections;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.pipeline.ConnectorRegistry;
import dev.kopru.sync.store.StoredConnection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One open connector per stored connection, shared by the API and the engine (a connector holds the vendor session
 * and its rate limiter, so every user of a connection shares them). A connection whose configuration changes is
 * {@link #evict evicted} and reopened on next use.
 */
public final class ConnectorPool implements ConnectorRegistry, AutoCloseable {

    private record Open(String configJson, Connector connector) { }

    private final ConnectionVault vault;
    private final Map<Long, Open> open = new ConcurrentHashMap<>();

    public ConnectorPool(ConnectionVault vault) {
        this.vault = vault;
    }

    @Override
    public Connector connectorFor(StoredConnection connection) {
        Open current = open.compute(connection.id(), (id, existing) -> {
            if (existing != null && existing.configJson().equals(connection.configJson())) {
                return existing;
            }
            if (existing != null) {
                existing.connector().close();
            }
            ConnectorFactory factory = ConnectorFactory.forVendor(connection.vendor()).orElseThrow(
                    () -> new IllegalArgumentException("vendor: no connector for '" + connection.vendor() + "'"));
            return new Open(connection.configJson(),
                    factory.open(vault.open(connection.vendor(), connection.configJson())));
        });
        return current.connector();
    }

    public void evict(long connectionId) {
        Open removed = open.remove(connectionId);
        if (removed != null) {
            removed.connector().close();
        }
    }

    @Override
    public void close() {
        open.keySet().forEach(this::evict);
    }
}
