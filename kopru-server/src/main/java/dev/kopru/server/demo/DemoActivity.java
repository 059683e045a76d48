package dev.kopru.server.demo;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Party;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions;
import dev.kopru.server.connections.ConnectorPool;
import dev.kopru.sync.store.SyncStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps the demo busy: the FarmaBorsa sandbox's simulated buyer ordering twice a minute from the demo account
 * (switched on through the sandbox's admin API; the orders pipeline makes two FarmaBorsa calls per order, confirm and
 * invoice link, and the marketplace allows 10 a minute, so it keeps up) and as often from the listings of Mikro
 * Merkez's two stores (invoiced in the Logo firm and in DİA), and a person at the main Mikro
 * company (now and then at the branch) editing customers' phone numbers and opening new customer cards, through the
 * same connectors the pipelines use.
 */
final class DemoActivity implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoActivity.class);
    static final Duration BUYER_INTERVAL = Duration.ofSeconds(30);
    static final Duration EDIT_INTERVAL = Duration.ofSeconds(12);
    /** Soon after the stock pipeline's first run has listed Merkez's cards. */
    static final Duration STORE_FIRST_ORDER = Duration.ofSeconds(10);

    private final SyncStore store;
    private final ConnectorPool pool;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kopru-demo-activity");
        t.setDaemon(true);
        return t;
    });
    private final Random random = new Random();
    private final AtomicInteger edits = new AtomicInteger();

    DemoActivity(SyncStore store, ConnectorPool pool) {
        this.store = store;
        this.pool = pool;
    }

    void start(DemoSandboxes sandboxes) {
        sandboxes.byName(DemoSandboxes.FARMABORSA).ifPresent(fb -> {
            startBuyer(fb.sandbox().baseUri());
            // the sandbox's own buyer orders from the first account only; the stores get the same pace here
            for (DemoSandboxes.Store store : DemoSandboxes.FARMABORSA_STORES) {
                timer.scheduleWithFixedDelay(() -> orderAt(fb.sandbox().baseUri(), store.account()),
                        STORE_FIRST_ORDER.toMillis(), BUYER_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
        timer.scheduleWithFixedDelay(this::editCustomers, EDIT_INTERVAL.toMillis(), EDIT_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The sandbox has its own buyer; the demo only makes it order more often than its default. */
    private static void startBuyer(URI farmaBorsa) {
        admin(farmaBorsa, "PUT", "/_sandbox/farmaborsa/buyer", "{\"intervalMs\":" + BUYER_INTERVAL.toMillis() + "}",
                "the FarmaBorsa buyer was not started");
    }

    /** One order from a store's listings, once its stock pipeline has listed something (until then none is placed). */
    private static void orderAt(URI farmaBorsa, FarmaBorsaSandboxOptions.Account store) {
        admin(farmaBorsa, "POST", "/_sandbox/farmaborsa/orders", "{\"count\":1,\"seller\":\"" + store.nick() + "\"}",
                "no order was placed at the store " + store.nick());
    }

    private static void admin(URI sandbox, String method, String path, String body, String failure) {
        HttpRequest request = HttpRequest.newBuilder(sandbox.resolve(path)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn("{}: HTTP {} {}", failure, response.statusCode(), response.body());
            }
        } catch (IOException e) {
            LOG.warn("{}: {}", failure, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void editCustomers() {
        int n = edits.incrementAndGet();
        // mostly at the head office; every third edit at the branch, which the two-way pipeline carries back
        String company = n % 3 == 0 ? DemoSandboxes.MIKRO_BRANCH : DemoSandboxes.MIKRO;
        try {
            Connector mikro = connector(company);
            List<Party> parties = mikro.read(Entity.PARTY, ReadRequest.full(100)).records();
            if (parties.isEmpty()) {
                return;
            }
            Party p = parties.get(random.nextInt(parties.size()));
            if (n % 5 == 0) {
                String code = String.format(Locale.ROOT, "120.90.%05d", n);
                mikro.create(Entity.PARTY, p.toBuilder().key(null).code(code).name(p.name() + " Şube " + n)
                        .email(null).changedAt(null).build());
            } else {
                String phone = String.format(Locale.ROOT, "0212 555 %02d %02d", random.nextInt(100), random.nextInt(100));
                mikro.update(Entity.PARTY, p.key(), p.toBuilder().phone(phone).changedAt(null).build());
            }
        } catch (RuntimeException e) {
            // the fault knobs make the sandboxes fail on purpose; the next edit tries again
            LOG.info("demo edit at {} failed: {}", company, e.getMessage());
        }
    }

    private Connector connector(String connectionName) {
        return pool.connectorFor(store.transaction(tx -> store.connections().findByName(tx, connectionName))
                .orElseThrow(() -> new IllegalStateException("no demo connection '" + connectionName + "'")));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
