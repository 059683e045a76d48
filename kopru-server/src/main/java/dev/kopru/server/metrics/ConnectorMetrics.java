package dev.kopru.server.metrics;

import dev.kopru.connector.kit.chain.VendorCall;
import dev.kopru.connector.kit.limit.VendorCredit;
import dev.kopru.core.connector.Connector;
import dev.kopru.sync.limit.ConnectionChain;
import dev.kopru.sync.store.StoredConnection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Per-connection metrics of vendor calls: requests and their latency by operation and outcome
 * ({@code kopru.connector.requests}, a timer; each attempt a retry makes counts), failed calls
 * ({@code kopru.connector.errors}) and time spent waiting for rate limits ({@code kopru.connector.throttled}). The
 * connector pool puts a connection's meter innermost in its {@link ConnectionChain}, for every caller alike. A vendor
 * that bills calls against a credit (DİA's kontör) also has its billed calls, the credit spent and the balance last
 * reported. The same point feeds {@link ConnectionActivity}, the last hour minute by minute for the dashboard.
 */
public final class ConnectorMetrics {

    private static final String BILLED = "kopru.connector.billed.calls";
    private static final String SPENT = "kopru.connector.credit.spent";

    private final MeterRegistry registry;
    private final ConnectionActivity activity;
    private final Map<Long, VendorCredit> credits = new ConcurrentHashMap<>();
    private final Map<Long, AtomicReference<BigDecimal>> balances = new ConcurrentHashMap<>();

    public ConnectorMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.activity = new ConnectionActivity(clock);
    }

    /** The last {@code minutes} of {@code connection}'s calls, minute by minute (kept since this server started). */
    public List<ConnectionActivity.Minute> activity(StoredConnection connection, int minutes) {
        return activity.lastMinutes(connection.id(), minutes);
    }

    /**
     * Counts what a newly opened connector of {@code connection} bills itself ({@code kopru.connector.billed.calls},
     * {@code kopru.connector.credit.spent}): DİA's kontör. A reopened connector (its configuration changed) starts again
     * at 0, which Prometheus reads as a counter reset, as after a restart.
     */
    public void opened(StoredConnection connection, Connector connector) {
        connector.capability(VendorCredit.class).ifPresent(credit -> {
            Tags tags = tags(connection).and("unit", credit.unit());
            credits.put(connection.id(), credit); // the meters hold their object weakly
            for (String name : List.of(BILLED, SPENT)) {
                registry.find(name).tags(tags).meters().forEach(registry::remove);
            }
            FunctionCounter.builder(BILLED, credit, VendorCredit::billedCalls).tags(tags)
                    .description("Calls the vendor billed against the account's credit").register(registry);
            FunctionCounter.builder(SPENT, credit, c -> c.spent().doubleValue()).tags(tags)
                    .description("Credit those calls cost, in the vendor's unit").register(registry);
        });
    }

    /** Records the credit balance the vendor reported for {@code connection} ({@code kopru.connector.credit.balance}). */
    public void creditBalance(StoredConnection connection, String unit, BigDecimal balance) {
        balances.computeIfAbsent(connection.id(), id -> {
            AtomicReference<BigDecimal> last = new AtomicReference<>();
            Gauge.builder("kopru.connector.credit.balance", last, r -> r.get() == null ? Double.NaN
                    : r.get().doubleValue()).tags(tags(connection).and("unit", unit))
                    .description("Credit left on the vendor account when last asked (the connection test)")
                    .strongReference(true).register(registry);
            return last;
        }).set(balance);
    }

    private static Tags tags(StoredConnection connection) {
        return Tags.of("connection", Long.toString(connection.id()), "vendor", connection.vendor());
    }

    /** The meter of {@code connection}'s calls. */
    public ConnectionChain.Meter meter(StoredConnection connection) {
        return new Meters(connection);
    }

    /** The meters of one connection. */
    private final class Meters implements ConnectionChain.Meter {
        private final long connection;
        private final Tags tags;
        private final Counter throttled;

        Meters(StoredConnection connection) {
            this.connection = connection.id();
            this.tags = tags(connection);
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
                Duration latency = Duration.ofNanos(System.nanoTime() - start);
                Timer.builder("kopru.connector.requests").description("Vendor calls and their latency")
                        .tags(tags).tags("operation", operation, "outcome", outcome).register(registry)
                        .record(latency);
                activity.record(connection, outcome, latency);
            }
        }
    }
}
