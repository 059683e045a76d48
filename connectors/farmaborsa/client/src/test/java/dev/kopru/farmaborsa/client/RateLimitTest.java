package dev.kopru.farmaborsa.client;

import dev.kopru.connector.kit.limit.RateLimitMetrics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.testkit.vendor.VendorDouble;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The client's rate limit, counted where it matters: at the server, by arrival time. The limits are scaled down
 * (per 200 ms instead of per minute) so the tests take about a second; the code path is the same.
 */
class RateLimitTest {

    private static final String OK = "{\"hata\":false,\"mesaj\":\"BAŞARILI\",\"ilanlarimList\":[]}";

    @Test
    void many_threads_never_put_more_than_the_limit_into_any_sliding_period_at_the_server() throws Exception {
        int permits = 4;
        Duration period = Duration.ofMillis(200);
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200, OK))) {
            FarmaBorsaClient client = client(vendor, permits, period, Duration.ofSeconds(30));

            int calls = runConcurrently(client, 6, 5);

            List<Long> arrivals = vendor.received().stream().map(VendorDouble.Received::arrivedNanos).toList();
            assertThat(arrivals).hasSize(calls);
            assertThat(maxInAnyWindow(arrivals, period)).isLessThanOrEqualTo(permits);
            RateLimitMetrics metrics = client.rateLimitMetrics();
            assertThat(metrics.calls()).isEqualTo(calls);
            assertThat(metrics.throttledCalls()).isPositive();
            assertThat(metrics.waited()).isPositive();
            assertThat(metrics.refusedCalls()).isZero();
        }
    }

    @Test
    void keeps_the_limit_when_responses_take_long_because_a_call_counts_until_a_period_after_its_answer()
            throws Exception {
        int permits = 3;
        Duration period = Duration.ofMillis(150);
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200, OK).delayedBy(40))) {
            FarmaBorsaClient client = client(vendor, permits, period, Duration.ofSeconds(30));

            int calls = runConcurrently(client, 5, 3);

            List<Long> arrivals = vendor.received().stream().map(VendorDouble.Received::arrivedNanos).toList();
            assertThat(arrivals).hasSize(calls);
            assertThat(maxInAnyWindow(arrivals, period)).isLessThanOrEqualTo(permits);
        }
    }

    @Test
    void a_call_whose_turn_lies_beyond_the_maximum_wait_fails_as_rate_limited_without_being_sent() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200, OK))) {
            FarmaBorsaClient client = client(vendor, 1, Duration.ofHours(1), Duration.ofMillis(50));
            client.ilanlarimListesi(IlanDurumu.AKTIF);

            ConnectorException.RateLimited limited = catchThrowableOfType(ConnectorException.RateLimited.class,
                    () -> client.ilanlarimListesi(IlanDurumu.AKTIF));

            assertThat(limited).isNotNull();
            assertThat(limited.getMessage()).contains("IlanlarimListesi", "nothing was sent");
            assertThat(limited.retryAfter()).isPositive();
            assertThat(vendor.received()).hasSize(1);
            assertThat(client.rateLimitMetrics()).isEqualTo(new RateLimitMetrics(1, 0, Duration.ZERO, 1));
        }
    }

    @Test
    void a_call_within_the_limit_does_not_wait() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200, OK))) {
            FarmaBorsaClient client = client(vendor, 10, Duration.ofMinutes(1), Duration.ofSeconds(1));
            client.ilanlarimListesi(IlanDurumu.AKTIF);
            assertThat(client.rateLimitMetrics()).isEqualTo(new RateLimitMetrics(1, 0, Duration.ZERO, 0));
        }
    }

    /** Runs {@code threads × each} reads at once; returns how many were made. */
    private static int runConcurrently(FarmaBorsaClient client, int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        client.ilanlarimListesi(IlanDurumu.AKTIF);
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
        return threads * each;
    }

    /** The most arrivals in any half-open window [t, t + period) that starts at an arrival. */
    static int maxInAnyWindow(List<Long> arrivalNanos, Duration period) {
        List<Long> sorted = arrivalNanos.stream().sorted().toList();
        int max = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            while (end < sorted.size() && sorted.get(end) - sorted.get(start) < period.toNanos()) {
                end++;
            }
            max = Math.max(max, end - start);
        }
        return max;
    }

    private static FarmaBorsaClient client(VendorDouble vendor, int permits, Duration period, Duration maxWait) {
        return new FarmaBorsaClient(FarmaBorsaConfig.builder().baseUrl(vendor.url()).nick("eczane").parola("p4ss")
                .apiKey("key-1").rateLimit(permits, period).maxRateWait(maxWait).build());
    }
}
