package dev.kopru.sync.limit;

import dev.kopru.connector.kit.chain.CallListener;
import dev.kopru.connector.kit.chain.ChainedConnector;
import dev.kopru.connector.kit.chain.Interceptor;
import dev.kopru.connector.kit.chain.Retries;
import dev.kopru.connector.kit.chain.RetryConfig;
import dev.kopru.connector.kit.chain.VendorCall;
import dev.kopru.core.connector.Connector;
import dev.kopru.sync.pipeline.ConnectorRegistry;
import dev.kopru.sync.store.StoredConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The path of every vendor call of a connection, for every caller (pipeline runs, the API, SQL reports, raw calls):
 * {@link Retries}, then a permit of the connection's rate limit shared by every node (for each attempt), then the
 * host's {@link Meter}, then the connector. Only the retry policy and who hears about the calls differ by caller.
 */
public final class ConnectionChain {

    /** What the host measures innermost, once per call sent: the server's per-connection metrics. */
    public interface Meter extends Interceptor, CallListener {

        Meter NONE = new Meter() {
            @Override
            public <R> R intercept(VendorCall call, Supplier<R> proceed) {
                return proceed.get();
            }
        };
    }

    private final ConnectorRegistry opened;
    private final ConnectionRateLimiter limiter;
    private final Function<StoredConnection, Meter> meters;

    /**
     * @param opened  the connections' own connectors, which only this chain may call
     * @param limiter the rate limiter shared through the store
     * @param meters  the meter of each connection
     */
    public ConnectionChain(ConnectorRegistry opened, ConnectionRateLimiter limiter,
                           Function<StoredConnection, Meter> meters) {
        this.opened = Objects.requireNonNull(opened, "opened");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    /** A chain without metering. */
    public ConnectionChain(ConnectorRegistry opened, ConnectionRateLimiter limiter) {
        this(opened, limiter, connection -> Meter.NONE);
    }

    /** {@code connection}'s connector, its calls retried under {@code retries}; {@code listener} hears of them. */
    public Connector connectorFor(StoredConnection connection, RetryConfig retries, CallListener listener) {
        Connector connector = opened.connectorFor(connection);
        Meter meter = meters.apply(connection);
        CallListener heard = listener.and(meter);
        List<Interceptor> chain = new ArrayList<>();
        chain.add(new Retries(retries, heard));
        connector.descriptor().limits().rateLimit()
                .ifPresent(limit -> chain.add(new RateLimit(limiter, connection.id(), limit, heard)));
        chain.add(meter);
        return new ChainedConnector(connector, connection.name(), chain);
    }
}
