package dev.kopru.server.metrics;

import dev.kopru.core.connector.Connector;
import dev.kopru.sync.limit.Sleeper;
import dev.kopru.sync.store.StoredConnection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Per-connection metrics of vendor calls: requests and their latency by operation and outcome
 * ({@code kopru.connector.requests}, a timer), failed calls ({@code kopru.connector.errors}) and time spent waiting
 * for the connection's shared rate limit ({@code kopru.connector.throttled}).
 *
 * <p>The engine's rate limiter waits in front of the connector it is given and does not say for which connection;
 * its {@link #sleeper} notes each wait on the waiting thread, and the metered connector behind it, the next call on
 * that thread, books the wait to its own connection.
 */
public final class ConnectorMetrics {

    private static final ThreadLocal<Duration> WAITED = new ThreadLocal<>();

    private final MeterRegistry registry;

    public ConnectorMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * {@code connector} of {@code connection}, metered; closing the metered one leaves {@code connector} open. The
     * connector pool meters each connector once, for the API and the engine alike.
     */
    public Connector meter(StoredConnection connection, Connector connector) {
        return MeteredConnector.of(connector, new Meters(connection));
    }

    /** {@code delegate}, noting each wait for the metered connector that makes the call. */
    public Sleeper sleeper(Sleeper delegate) {
        return duration -> {
            Duration before = WAITED.get();
            WAITED.set(before == null ? duration : before.plus(duration));
            delegate.sleep(duration);
        };
    }

    /** The meters of one connection. */
    final class Meters {
        private final Tags tags;
        private final Counter throttled;

        Meters(StoredConnection connection) {
            this.tags = Tags.of("connection", Long.toString(connection.id()), "vendor", connection.vendor());
            this.throttled = Counter.builder("kopru.connector.throttled").baseUnit("seconds")
                    .description("Time calls waited for the connection's rate limit").tags(tags).register(registry);
        }

        /** Runs one vendor call, timing it and counting its failure by the exception's kind. */
        <T> T call(String operation, Supplier<T> call) {
            Duration waited = WAITED.get();
            if (waited != null) {
                WAITED.remove();
                throttled.increment(waited.toNanos() / 1e9);
            }
            long start = System.nanoTime();
            String outcome = "ok";
            try {
                return call.get();
            } catch (RuntimeException e) {
                outcome = e.getClass().getSimpleName();
                Counter.builder("kopru.connector.errors").description("Vendor calls that failed, by outcome")
                        .tags(tags).tags("operation", operation, "outcome", outcome).register(registry).increment();
                throw e;
            } finally {
                Timer.builder("kopru.connector.requests").description("Vendor calls and their latency")
                        .tags(tags).tags("operation", operation, "outcome", outcome).register(registry)
                        .record(Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }
}
