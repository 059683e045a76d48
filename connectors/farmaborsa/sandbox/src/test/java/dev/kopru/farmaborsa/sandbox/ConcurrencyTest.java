package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many threads at once: every write lands exactly once, and the limit never lets more through than it allows. */
class ConcurrencyTest extends FarmaBorsaSandboxTestBase {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 25;

    private static ObjectNode listing() {
        return FarmaBorsaHttp.seller().put("ilan", 0).put("urunAd", "DAYLONG ACTINICA GUNES")
                .put("barkod", "7612076396470").put("adet", 1).put("miadTip", 3).put("tutar", 50).put("aktif", 1);
    }

    private void inParallel(Runnable call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        call.run();
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void creates_every_listing_of_eight_threads_once_with_distinct_codes() throws Exception {
        Set<Long> codes = ConcurrentHashMap.newKeySet();

        inParallel(() -> codes.add(farma.ok("IlanKaydet", listing()).get("ilan").asLong()));

        assertThat(codes).hasSize(THREADS * CALLS_PER_THREAD);
        assertThat(farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller()).get("ilanlarimList"))
                .hasSize(THREADS * CALLS_PER_THREAD + 1);
    }

    @Test
    void lets_exactly_the_permitted_calls_through_when_threads_race_for_them() throws Exception {
        farma.admin("PUT", "rate-limit", "{\"enabled\":true,\"permits\":20,\"periodMs\":60000}", 200);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();

        inParallel(() -> {
            int status = farma.post("/api/Entegre/IlanlarimListesi", FarmaBorsaHttp.seller()).status();
            (status == 200 ? accepted : refused).incrementAndGet();
        });

        assertThat(accepted.get()).isEqualTo(20);
        assertThat(refused.get()).isEqualTo(THREADS * CALLS_PER_THREAD - 20);
        clock.advance(Duration.ofMinutes(1));
        assertThat(farma.post("/api/Entegre/IlanlarimListesi", FarmaBorsaHttp.seller()).status()).isEqualTo(200);
    }
}
