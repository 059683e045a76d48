package dev.kopru.farmaborsa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Listing;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import dev.kopru.connector.kit.limit.RateLimitMetrics;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandbox;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The proof that the connector keeps FarmaBorsa's rate limit however many threads use it: 200 listing updates
 * from 8 threads, with the limit scaled from 10 a minute to 20 a second in both the sandbox and the connector (the
 * same code path; only the numbers differ). Counted on the sandbox's side: its request journal in every sliding
 * second, and its own refusals.
 */
class RateLimitProofTest {

    private static final int PERMITS = 20;
    private static final Duration PERIOD = Duration.ofSeconds(1);
    private static final int UPDATES = 200;
    private static final int THREADS = 8;

    @Test
    void two_hundred_updates_from_eight_threads_never_exceed_the_limit_and_all_arrive() throws Exception {
        try (Sandbox sandbox = Sandbox.start(new FarmaBorsaSandbox(FarmaBorsaSandboxOptions.builder().demoSize(40)
                .rateLimit(PERMITS, PERIOD).build()), 0);
             FarmaBorsaConnector connector = new FarmaBorsaConnector(FarmaBorsaConfig.builder()
                     .baseUrl(sandbox.baseUri().toString()).nick("demo").parola("demo").apiKey("demo-api-key")
                     .rateLimit(PERMITS, PERIOD).maxRateWait(Duration.ofMinutes(1)).build())) {
            List<Listing> listings = connector.stream(Entity.LISTING, ReadRequest.full(1000))
                    .filter(Listing::active).limit(THREADS).toList();
            assertThat(listings).hasSize(THREADS);
            sandbox.journal().clear();
            RateLimitMetrics before = connector.client().rateLimitMetrics();

            AtomicInteger next = new AtomicInteger();
            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    Listing mine = listings.get(t);
                    done.add(pool.submit(() -> {
                        for (int n = next.getAndIncrement(); n < UPDATES; n = next.getAndIncrement()) {
                            connector.update(Entity.LISTING, mine.key(), withQuantity(mine, 100 + n));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            List<RequestJournal.Entry> updates = sandbox.journal().entries().stream()
                    .filter(e -> e.path().toLowerCase(Locale.ROOT).endsWith("/ilankaydet")).toList();
            long refused = sandbox.journal().entries().stream().filter(e -> e.status() == 429).count();
            int busiest = maxInAnySlidingPeriod(updates.stream().map(RequestJournal.Entry::at).toList(), PERIOD);
            RateLimitMetrics after = connector.client().rateLimitMetrics();
            System.out.printf(Locale.ROOT, "rate-limit proof: %d updates in %d ms, at most %d in any sliding %s,"
                            + " %d refused by the sandbox; client: %d calls, %d throttled, %d ms waited in all%n",
                    updates.size(), took.toMillis(), busiest, PERIOD, refused, after.calls() - before.calls(),
                    after.throttledCalls() - before.throttledCalls(),
                    after.waited().minus(before.waited()).toMillis());

            assertThat(updates).as("every update arrived, once").hasSize(UPDATES);
            assertThat(updates).allMatch(e -> e.status() == 200 && e.fault() == null);
            assertThat(refused).as("the sandbox's own rate-limit refusals").isZero();
            assertThat(busiest).as("requests in the busiest sliding second").isLessThanOrEqualTo(PERMITS);
            assertThat(after.calls() - before.calls()).isEqualTo(UPDATES);
            assertThat(after.throttledCalls() - before.throttledCalls()).as("threads had to wait their turn")
                    .isPositive();
        }
    }

    /** The most instants in any half-open window [t, t + period) starting at one of them. */
    private static int maxInAnySlidingPeriod(List<Instant> instants, Duration period) {
        List<Instant> sorted = instants.stream().sorted().toList();
        int max = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            while (end < sorted.size() && Duration.between(sorted.get(start), sorted.get(end)).compareTo(period) < 0) {
                end++;
            }
            max = Math.max(max, end - start);
        }
        return max;
    }

    private static Listing withQuantity(Listing l, int quantity) {
        return new Listing(l.key(), l.itemCode(), l.barcode(), l.name(), quantity, l.maxPerOrder(), l.price(),
                l.vatRate(), l.retailPrice(), l.expiryDate(), l.expiryKind(), l.active(), null, null);
    }
}
