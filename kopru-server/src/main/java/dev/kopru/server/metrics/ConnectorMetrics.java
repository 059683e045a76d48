package dev.kopru.server.metrics;

import dev.kopru.connector.kit.chain.VendorCall;
import dev.kopru.sync.limit.ConnectionChain;
import dev.kopru.sync.store.StoredConnection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Per-connection metrics of vendor calls: requests and their latency by operation and outcome
 * ({@code kopru.connector.requests}, a timer; each attempt a retry makes counts), failed calls
 * ({@code kopru.connector.errors}) and time spent waiting for rate limits ({@code kopru.connector.throttled}). The
 * connector pool puts a connection's meter innermost in its {@link ConnectionChain}, for every caller alike.
 */
public final class ConnectorMetrics {

    private final MeterRegistry registry;

    public ConnectorMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The meter of {@code connection}'s calls. */
    public ConnectionChain.Meter meter(StoredConnection connection) {
        return new Meters(connection);
    }

    /** The meters of one connection. */
    private final class Meters implements ConnectionChain.Meter {
        private final Tags tags;
        private final Counter throttled;

        Meters(StoredConnection connection) {
            this.tags = Tags.of("connection", Long.toString(connection.id()), "vendor", connection.vendor());
            this.throttled = Counter.builder("kopru.connector.throttled").baseUnit("seconds")
                    .description("Time calls waited for the connection's rate limit").tags(tags).register(registry);
        }

        @Override
        public void throttled(VendorCall call, Duration waited) {
            throttled.increment(waited.toNanos() / 1e9);
        }

        /** Runs one vendor call, timing it and counting its failure by the exception's kind. */
        @Override
        public <R> R intercept(VendorCall call, Supplier<R> proceed) {
            // raw calls are one operation here, whichever vendor operation they send
            String operation = call.operation().startsWith("raw:") ? "raw" : call.operation();
            long start = System.nanoTime();
            String outcome = "ok";
            try {
                return proceed.get();
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
