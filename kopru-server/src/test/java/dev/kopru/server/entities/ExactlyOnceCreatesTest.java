package dev.kopru.server.entities;

import static dev.kopru.server.connections.ApiWorld.read;
import static dev.kopru.server.connections.ApiWorld.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.server.connections.ApiWorld;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Creates through the unified API and the Mikro drop-in are exactly once per natural key, and an Idempotency-Key
 * gives the same answer to the same request: proven with concurrent requests while the sandbox commits writes and
 * loses their responses, counting invoices in the sandbox's own tables.
 */
class ExactlyOnceCreatesTest {

    static ApiWorld world;
    static String mikro;

    @BeforeAll
    static void start() {
        world = new ApiWorld();
        mikro = "/api/v1/connections/" + world.create("mikro", "mikro", world.mikroConfig(Map.of()));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void twenty_concurrent_creates_of_one_key_and_number_with_lost_responses_make_one_invoice() throws Exception {
        world.mikro.faults().loseNextWrites(3).latency(Duration.ofMillis(30));
        String body = write(invoice("KPR-EO-0001"));
        List<HttpResponse<String>> answers = concurrently(20, () -> create(body, "order-4711"));
        world.mikro.faults().clear();

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(200, 201));
        assertThat(answers.stream().map(a -> read(a).path("key").asText()).distinct()).hasSize(1);
        assertThat(invoiceCounts("KPR-EO-0001")).isEqualTo(Map.of("KPR-EO-0001", 1L));
        System.out.println("PROOF exactly-once API creates: 20 concurrent creates (one Idempotency-Key, one number),"
                + " 3 responses lost: " + invoiceCounts("KPR-EO-0001").get("KPR-EO-0001") + " invoice, statuses "
                + answers.stream().map(HttpResponse::statusCode).sorted().toList());
    }

    @Test
    void concurrent_creates_of_one_number_without_a_key_make_one_invoice_and_all_get_its_key() throws Exception {
        world.mikro.faults().loseNextWrites(2).latency(Duration.ofMillis(30));
        String body = write(invoice("KPR-EO-0002"));
        List<HttpResponse<String>> answers = concurrently(20, () -> create(body, null));
        world.mikro.faults().clear();

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(200, 201));
        assertThat(answers.stream().map(a -> read(a).path("key").asText()).distinct()).hasSize(1);
        assertThat(invoiceCounts("KPR-EO-0002")).isEqualTo(Map.of("KPR-EO-0002", 1L));
    }

    @Test
    void concurrent_drop_in_invoices_of_one_belge_no_with_lost_responses_make_one() throws Exception {
        String stok = read(world.get("/api/mikro/stok/list")).findValue("sto_kod").asText();
        world.mikro.faults().loseNextWrites(3).latency(Duration.ofMillis(30));
        String body = "{\"BelgeTuru\":0,\"BelgeNo\":\"KPR-EO-0003\",\"Tarih\":\"2026-05-20\",\"CariKod\":\"120.01.001\","
                + "\"Satirlar\":[{\"StokKod\":\"" + stok + "\",\"Miktar\":2,\"BirimFiyat\":10.5,\"KDVOrani\":20}]}";
        List<HttpResponse<String>> answers = concurrently(20, () -> world.post("/api/mikro/api/fatura/create", body));
        world.mikro.faults().clear();

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(200, 201));
        assertThat(answers.stream().map(a -> read(a).path("evrak_no").asText()).distinct()).hasSize(1);
        assertThat(invoiceCounts("KPR-EO-0003")).isEqualTo(Map.of("KPR-EO-0003", 1L));
        System.out.println("PROOF exactly-once drop-in creates: 20 concurrent fatura/create of one BelgeNo, 3 responses"
                + " lost: " + invoiceCounts("KPR-EO-0003").get("KPR-EO-0003") + " invoice");
    }

    @Test
    void an_idempotency_key_replays_its_answer_and_refuses_another_body() {
        HttpResponse<String> first = create(write(invoice("KPR-EO-I-0004")), "order-4712");
        HttpResponse<String> again = create(write(invoice("KPR-EO-I-0004")), "order-4712");
        HttpResponse<String> other = create(write(invoice("KPR-EO-I-0005")), "order-4712");
        HttpResponse<String> badKey = create(write(invoice("KPR-EO-I-0006")), "with space");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(read(other).path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(invoiceCounts("KPR-EO-I-")).isEqualTo(Map.of("KPR-EO-I-0004", 1L));
    }

    private static HttpResponse<String> create(String body, String idempotencyKey) {
        HttpRequest.Builder request = world.server.asAdmin(mikro + "/invoices").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return world.server.send(request.build());
    }

    private static List<HttpResponse<String>> concurrently(int n, Callable<HttpResponse<String>> call)
            throws Exception {
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
        }
        return answers;
    }

    private static Map<String, Object> invoice(String number) {
        Map<String, Object> invoice = new LinkedHashMap<>(Map.of("number", number, "direction", "SALES",
                "date", "2026-05-20", "partyCode", "120.01.002", "currency", "TRY"));
        invoice.put("lines", List.of(Map.of("lineNo", 1, "kind", "ITEM", "itemCode", "BAR-001", "quantity", 1,
                "unit", "ADET", "unitPrice", 100, "priceBasis", "VAT_EXCLUDED", "vatRate", 20)));
        return invoice;
    }

    /** Sales invoices per document number starting with {@code prefix}, from the sandbox's own tables. */
    private static Map<String, Long> invoiceCounts(String prefix) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(world.mikro.baseUri() + "/_sandbox/mikro-invoices?prefix=" + prefix)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, Long> counts = new LinkedHashMap<>();
            JsonNode invoices = read(response).path("invoices");
            invoices.fieldNames().forEachRemaining(n -> counts.put(n, invoices.path(n).asLong()));
            return counts;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
