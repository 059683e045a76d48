package dev.kopru.server.connections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.sandbox.RequestJournal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A vendor's rate limit holds for every caller of a connection together (DESIGN.md): the API's reads of a FarmaBorsa
 * account and a pipeline run against the same account share its calls per period, so FarmaBorsa, whose sandbox
 * enforces the limit as the vendor does, never refuses one.
 */
class SharedRateLimitTest {

    /** FarmaBorsa's "10 a minute", scaled down so that the test waits for permits a few seconds, not minutes. */
    private static final int PERMITS = 6;
    private static final Duration PERIOD = Duration.ofSeconds(2);
    private static final int API_READS = 12;
    private static final String ORDER_OPTIONS = "{\"sourceFilters\":{\"status\":\"1\"},\"invoiceNumberPrefix\":\"FB\","
            + "\"documentSeries\":\"FB\",\"shippingItemCode\":\"KARGO\","
            + "\"invoiceUrlTemplate\":\"https://fatura.example.com/{number}.pdf\"}";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void api_reads_of_farmaborsa_never_exceed_its_rate_limit_while_a_pipeline_runs_against_the_same_account()
            throws Exception {
        try (ApiWorld world = new ApiWorld()) {
            admin(world, "PUT", "/_sandbox/farmaborsa/rate-limit", "{\"enabled\":true,\"permits\":" + PERMITS
                    + ",\"periodMs\":" + PERIOD.toMillis() + ",\"httpStatus\":429}");
            admin(world, "POST", "/_sandbox/farmaborsa/orders", "{\"count\":12}");
            Map<String, String> limited = new LinkedHashMap<>(world.farmaConfig());
            limited.put("rateLimitPermits", Integer.toString(PERMITS));
            limited.put("rateLimitPeriod", PERIOD.toString());
            long farma = world.create("farma-limited", "farmaborsa", limited);
            long mikro = world.create("mikro-invoices", "mikro", world.mikroConfig(Map.of()));
            HttpResponse<String> created = world.post("/api/v1/pipelines", """
                    {"name":"orders","source":{"connectionId":%d,"entity":"order"},
                     "target":{"connectionId":%d,"entity":"invoice"},"mode":"ONE_WAY","batchSize":2,"options":%s,
                     "schedule":null}""".formatted(farma, mikro, ORDER_OPTIONS));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long pipeline = ApiWorld.read(created).get("id").asLong();
            world.farma.journal().clear();

            assertThat(world.post("/api/v1/pipelines/" + pipeline + "/run", "").statusCode()).isEqualTo(202);
            for (int i = 0; i < API_READS; i++) {
                HttpResponse<String> read = world.get("/api/v1/connections/" + farma + "/listings?limit=3");
                assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            }
            JsonNode run = finishedRun(world, pipeline);

            List<RequestJournal.Entry> calls = world.farma.journal().entries().stream()
                    .filter(e -> !e.path().startsWith("/_sandbox")).toList();
            long refused = calls.stream().filter(e -> e.status() == 429).count();
            System.out.println("PROOF shared rate limit: " + calls.size() + " FarmaBorsa calls (" + API_READS
                    + " API reads, the rest by run " + run.get("id").asText() + ", " + run.get("state").asText()
                    + ") under a limit of " + PERMITS + " per " + PERIOD + "; busiest " + PERIOD + ": "
                    + busiestWindow(calls) + " calls; refused by FarmaBorsa: " + refused);
            assertThat(calls.size()).as("enough calls to need the limit").isGreaterThan(2 * PERMITS);
            assertThat(refused).isZero();
        }
    }

    /** The most calls the sandbox logged within any one period (logged as answered, so a little later than sent). */
    private static int busiestWindow(List<RequestJournal.Entry> calls) {
        int busiest = 0;
        for (RequestJournal.Entry first : calls) {
            Instant end = first.at().plus(PERIOD);
            int inWindow = (int) calls.stream().filter(e -> !e.at().isBefore(first.at()) && e.at().isBefore(end))
                    .count();
            busiest = Math.max(busiest, inWindow);
        }
        return busiest;
    }

    private static JsonNode finishedRun(ApiWorld world, long pipeline) throws InterruptedException {
        for (int poll = 0; poll < 600; poll++) {
            JsonNode runs = ApiWorld.read(world.get("/api/v1/pipelines/" + pipeline + "/runs?limit=1")).path("items");
            if (!runs.isEmpty() && !runs.get(0).path("state").asText().equals("RUNNING")) {
                return runs.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("pipeline " + pipeline + " still running after a minute");
    }

    private void admin(ApiWorld world, String method, String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(world.farma.baseUri() + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    }
}
