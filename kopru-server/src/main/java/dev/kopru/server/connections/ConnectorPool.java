package dev.kopru.server.connections;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.pipeline.ConnectorRegistry;
import dev.kopru.sync.store.StoredConnection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * One open connector per stored connection, shared by the API and the engine (a connector holds the vendor session
 * and its rate limiter, so every user of a connection shares them). A connection whose configuration changes is
 * {@link #evict evicted} and reopened on next use. Every caller gets the connector as {@code around} made it when it
 * was opened (the server meters it there), so no caller can bypass what is around it.
 */
public final class ConnectorPool implements ConnectorRegistry, AutoCloseable {

    /** {@code opened} is the vendor's connector, closed by the pool; {@code handedOut} is what callers get. */
    private record Open(String configJson, Connector opened, Connector handedOut) { }

    private final ConnectionVault vault;
    private final BiFunction<StoredConnection, Connector, Connector> around;
    private final Map<Long, Open> open = new ConcurrentHashMap<>();

    /** {@code around} wraps each connector once, when it is opened; it must not close the connector it wraps. */
    public ConnectorPool(ConnectionVault vault, BiFunction<StoredConnection, Connector, Connector> around) {
        this.vault = vault;
        this.around = around;
    }

    @Override
    public Connector connectorFor(StoredConnection connection) {
        return opened(connection).handedOut();
    }

    /**
     * The vendor's own connector class, for the few calls the canonical {@link Connector} has no method for (the
     * Mikro drop-in API's list reports); those calls go around the wrapper.
     *
     * @throws IllegalArgumentException naming {@code connection} when its connector is not a {@code type}
     */
    public <C> C vendorConnector(StoredConnection connection, Class<C> type) {
        Connector connector = opened(connection).opened();
        if (!type.isInstance(connector)) {
            throw new InvalidInputException("connection", "'" + connection.name() + "' is a " + connection.vendor()
                    + " connection, not a " + type.getSimpleName());
        }
        return type.cast(connector);
    }

    private Open opened(StoredConnection connection) {
        return open.compute(connection.id(), (id, existing) -> {
            if (existing != null && existing.configJson().equals(connection.configJson())) {
                return existing;
            }
            if (existing != null) {
                existing.opened().close();
            }
            ConnectorFactory factory = ConnectorFactory.forVendor(connection.vendor()).orElseThrow(
                    () -> new InvalidInputException("vendor", "no connector for '" + connection.vendor() + "'"));
            Connector opened = factory.open(vault.open(connection.vendor(), connection.configJson()));
            return new Open(connection.configJson(), opened, around.apply(connection, opened));
        });
    }

    public void evict(long connectionId) {
        Open removed = open.remove(connectionId);
        if (removed != null) {
            removed.opened().close();
        }
    }

    @Override
    public void close() {
        open.keySet().forEach(this::evict);
    }
}
