package dev.kopru.server.connections;

import dev.kopru.connector.kit.chain.CallListener;
import dev.kopru.connector.kit.chain.RetryConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.limit.ConnectionChain;
import dev.kopru.sync.limit.ConnectionRateLimiter;
import dev.kopru.sync.store.StoredConnection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One open connector per stored connection, shared by the API and the engine (a connector holds the vendor session
 * and its rate limiter, so every user of a connection shares them). A connection whose configuration changes is
 * {@link #evict evicted} and reopened on next use. Nobody gets the opened connector itself: every caller gets it
 * through the pool's {@link ConnectionChain} (retries, the connection's rate limit shared by every node, metering).
 */
public final class ConnectorPool implements AutoCloseable {

    private record Open(String configJson, Connector connector) { }

    private final ConnectionVault vault;
    private final ConnectionChain chain;
    private final RetryConfig retries;
    private final Map<Long, Open> open = new ConcurrentHashMap<>();
    private final BiConsumer<StoredConnection, Connector> opening;

    /**
     * {@code retries} is how the API's calls are retried; a pipeline run uses its own, through {@link #chain()}.
     * {@code opening} hears of each connector the pool opens (the metrics of what it counts itself, e.g. billed calls).
     */
    public ConnectorPool(ConnectionVault vault, ConnectionRateLimiter limiter,
                         Function<StoredConnection, ConnectionChain.Meter> meters, RetryConfig retries,
                         BiConsumer<StoredConnection, Connector> opening) {
        this.vault = vault;
        this.retries = retries;
        this.opening = opening;
        this.chain = new ConnectionChain(this::opened, limiter, meters);
    }

    /** The connector of {@code connection} for API callers (reads, SQL reports, raw calls, the Mikro drop-in). */
    public Connector connectorFor(StoredConnection connection) {
        return chain.connectorFor(connection, retries, CallListener.NONE);
    }

    /** The same path for the engine, whose runs each bring their retries and hear of their calls. */
    public ConnectionChain chain() {
        return chain;
    }

    private Connector opened(StoredConnection connection) {
        return open.compute(connection.id(), (id, existing) -> {
            if (existing != null && existing.configJson().equals(connection.configJson())) {
                return existing;
            }
            if (existing != null) {
                existing.connector().close();
            }
            ConnectorFactory factory = ConnectorFactory.forVendor(connection.vendor()).orElseThrow(
                    () -> new InvalidInputException("vendor", "no connector for '" + connection.vendor() + "'"));
            Connector connector = factory.open(vault.open(connection.vendor(), connection.configJson()));
            opening.accept(connection, connector);
            return new Open(connection.configJson(), connector);
        }).connector();
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
