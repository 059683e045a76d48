package dev.kopru.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.logo.client.LogoClient;
import dev.kopru.logo.client.LogoConfig;
import dev.kopru.server.app.TestServer;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kopru demo} in-process, every port ephemeral, its data in a temporary KOPRU_HOME. */
public class DemoTest {

    /** FarmaBorsa's real 10 a minute would make the demo's first FarmaBorsa runs take most of a minute. */
    public static final int TEST_CALLS_PER_MINUTE = 600;

    private static final Duration RUNS_WITHIN = Duration.ofSeconds(90);
    private static final String STOCK = "Stok → FarmaBorsa ilanları";
    private static final String DEPOT_STOCK = "Stok → FarmaBorsa Depo ilanları";
    private static final String ORDERS = "FarmaBorsa siparişleri → Mikro faturaları";
    private static final String ERP_PAIR = "Cariler DİA ⇄ Mikro Merkez";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();
    private final StringWriter err = new StringWriter();

    @Test
    void the_demo_runs_its_pipelines_and_a_second_start_reuses_its_data() throws Exception {
        Demo.Settings settings = new Demo.Settings(home, 0, null, TEST_CALLS_PER_MINUTE);
        Map<String, Long> connections;
        Map<String, Long> pipelines;
        String password;
        try (Demo demo = Demo.start(settings, new PrintWriter(err, true))) {
            password = demo.password();
            SyncStore store = demo.bean(SyncStore.class);
            connections = connectionIds(store);
            pipelines = demo.pipelines();

            assertThat(connections).containsKeys("Mikro Merkez", "Mikro Şube", "Mikro Rapor", "FarmaBorsa",
                    "FarmaBorsa Merkez", "FarmaBorsa Depo", "Mikro ISP", "Wiradius", "DİA", "Logo");
            assertThat(pipelines).containsOnlyKeys("Müşteriler Merkez ⇄ Şube", "Müşteriler Merkez → Rapor",
                    STOCK, ORDERS, DemoPipelines.ISP_CUSTOMERS, DemoPipelines.ISP_INVOICES,
                    DemoPipelines.ISP_COLLECTIONS, ERP_PAIR, DEPOT_STOCK, DemoDiaStore.PIPELINE,
                    DemoPipelines.LOGO_PARTIES, DemoPipelines.LOGO_ITEMS, DemoPipelines.LOGO_ORDERS,
                    DemoPipelines.LOGO_ISP_CUSTOMERS, DemoPipelines.LOGO_ISP_INVOICES,
                    DemoPipelines.LOGO_ISP_COLLECTIONS);
            for (StoredConnection c : store.transaction(tx -> store.connections().list(tx))) {
                assertThat(c.configJson()).as(c.name()).doesNotContain("admin123").doesNotContain("demo-api-key")
                        .doesNotContain("merkez-api-key").doesNotContain("depo-api-key");
            }
            for (Map.Entry<String, Long> pipeline : pipelines.entrySet()) {
                // the stores' listings are published by the stock pipelines first: their orders may come after the test
                Run run = awaitSucceededRun(store, pipeline.getValue(),
                        !pipeline.getKey().equals(DemoPipelines.LOGO_ORDERS)
                                && !pipeline.getKey().equals(DemoDiaStore.PIPELINE));
                assertThat(run.counts().read()).isGreaterThanOrEqualTo(run.counts().written());
            }
            assertFarmaBorsaPipelinesDidTheirWork(demo, store, pipelines);
            assertIspSetDidItsWork(demo, store, pipelines);
            assertLogoFirmWasFilled(demo, store, pipelines);
            Run paired = awaitSucceededRunThatWrote(store, pipelines.get(ERP_PAIR));
            // FarmaBorsa's buyers, opened in Mikro by pipeline 2, name their tax office without "Vergi Dairesi":
            // DİA's table is searched with and without it
            List<DeadLetter> refused = store.transaction(tx -> store.deadLetters().open(tx, pipelines.get(ERP_PAIR)));
            assertThat(refused).as("ERP pair run %s", paired).isEmpty();
            assertThat(paired.counts().written()).as("Merkez's cards copied to the empty DİA firm")
                    .isGreaterThanOrEqualTo(DemoSandboxes.RECORDS);
            assertDiaStoreWasInvoiced(demo, store, pipelines);
            var login = send(demo, "GET", "/api/v1/demo/sandboxes", null, password);
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("\"Mikro Merkez\"").contains("\"FarmaBorsa\"").contains("\"errorRate\":0.0");
        }

        try (Demo again = Demo.start(settings, new PrintWriter(err, true))) {
            SyncStore store = again.bean(SyncStore.class);

            assertThat(again.password()).isEqualTo(password);
            assertThat(connectionIds(store)).isEqualTo(connections);
            assertThat(again.pipelines()).isEqualTo(pipelines);
            List<?> defined = store.transaction(tx -> store.pipelines().list(tx));
            assertThat(defined).hasSize(pipelines.size());
            // the first start's runs are history the dashboard still shows
            List<Run> history = store.transaction(tx -> store.runs().ofPipeline(tx, pipelines.values().iterator().next()));
            assertThat(history).isNotEmpty();
        }
    }

    @Test
    void the_fault_knobs_are_turned_through_the_demo_api_and_a_bad_knob_is_refused_naming_it() throws Exception {
        try (Demo demo = Demo.start(new Demo.Settings(home, 0, "chosen-password-1", TEST_CALLS_PER_MINUTE),
                new PrintWriter(err, true))) {
            var slow = send(demo, "PUT", "/api/v1/demo/sandboxes/Mikro%20Rapor", "{\"latencyMs\":250}", "chosen-password-1");
            var bad = send(demo, "PUT", "/api/v1/demo/sandboxes/Mikro%20Rapor", "{\"errorRate\":2}", "chosen-password-1");
            var unknown = send(demo, "PUT", "/api/v1/demo/sandboxes/SAP", "{\"latencyMs\":1}", "chosen-password-1");

            assertThat(slow.statusCode()).as(slow.body()).isEqualTo(200);
            assertThat(slow.body()).contains("\"latencyMs\":250");
            URI rapor = demo.sandboxes().byName("Mikro Rapor").orElseThrow().sandbox().baseUri();
            assertThat(demo.sandboxes().byName("Mikro Rapor").orElseThrow().sandbox().faults().latency())
                    .as(rapor.toString()).isEqualTo(Duration.ofMillis(250));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("errorRate").contains("between 0 and 1");
            assertThat(unknown.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void the_demo_api_does_not_exist_outside_the_demo() {
        try (TestServer server = TestServer.start()) {
            assertThat(server.get("/api/v1/demo/sandboxes").statusCode()).isEqualTo(404);
        }
    }

    /**
     * Pipeline 1 listed Mikro Merkez's cards, none dead-lettered; pipeline 2 invoiced orders into Mikro Merkez (read
     * from the Mikro sandbox's own tables), each order confirmed on FarmaBorsa with its invoice link attached.
     */
    private void assertFarmaBorsaPipelinesDidTheirWork(Demo demo, SyncStore store, Map<String, Long> pipelines)
            throws Exception {
        Run listed = awaitSucceededRunThatWrote(store, pipelines.get(STOCK));
        assertThat(listed.counts().failed()).as("stock run %s", listed).isZero();
        Run invoiced = awaitSucceededRunThatWrote(store, pipelines.get(ORDERS));
        assertThat(invoiced.counts().failed()).as("orders run %s", invoiced).isZero();

        JsonNode invoices = admin(demo, "Mikro Merkez", "/_sandbox/mikro-invoices?prefix=FB").get("invoices");
        assertThat(invoices.size()).isGreaterThanOrEqualTo((int) invoiced.counts().written());
        for (Map.Entry<String, JsonNode> invoice : invoices.properties()) {
            assertThat(invoice.getValue().asLong()).as("copies of %s", invoice.getKey()).isEqualTo(1L);
            JsonNode atFarmaBorsa = confirmed(demo, invoice.getKey());
            assertThat(atFarmaBorsa.get("satFaturaUrl").asText())
                    .isEqualTo("https://fatura.example.com/" + invoice.getKey() + ".pdf");
        }
    }

    /** The depot store's orders became DİA invoices, each once (counted by the DİA sandbox), each order confirmed. */
    private void assertDiaStoreWasInvoiced(Demo demo, SyncStore store, Map<String, Long> pipelines) throws Exception {
        Run invoiced = awaitSucceededRunThatWrote(store, pipelines.get(DemoDiaStore.PIPELINE));
        assertThat(invoiced.counts().failed()).as("DİA orders run %s", invoiced).isZero();
        JsonNode invoices = admin(demo, "DİA", "/_sandbox/dia/invoices?prefix=FB").get("invoices");
        assertThat(invoices.size()).isGreaterThanOrEqualTo((int) invoiced.counts().written());
        for (Map.Entry<String, JsonNode> invoice : invoices.properties()) {
            assertThat(invoice.getValue().asLong()).as("copies of %s", invoice.getKey()).isEqualTo(1L);
            confirmed(demo, invoice.getKey());
        }
    }

    /**
     * The order invoiced as {@code invoiceNumber}, once confirmed: a run still in progress may have made the invoice
     * and not yet confirmed the order.
     */
    private JsonNode confirmed(Demo demo, String invoiceNumber) throws Exception {
        String path = "/_sandbox/farmaborsa/orders/" + invoiceNumber.substring("FB".length());
        long deadline = System.nanoTime() + RUNS_WITHIN.toNanos();
        JsonNode order = admin(demo, "FarmaBorsa", path);
        while (order.get("satisDurum").asInt() == 1 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            order = admin(demo, "FarmaBorsa", path);
        }
        assertThat(order.get("satisDurum").asInt()).as("status of the order of %s", invoiceNumber).isEqualTo(2);
        return order;
    }

    /** The ISP set filled Mikro ISP: cards, invoices and receipts, none twice (from the Mikro sandbox's own tables). */
    private void assertIspSetDidItsWork(Demo demo, SyncStore store, Map<String, Long> pipelines) throws Exception {
        for (String pipeline : List.of(DemoPipelines.ISP_CUSTOMERS, DemoPipelines.ISP_INVOICES,
                DemoPipelines.ISP_COLLECTIONS)) {
            Run run = awaitSucceededRunThatWrote(store, pipelines.get(pipeline));
            assertThat(run.counts().failed()).as("%s run %s", pipeline, run).isZero();
        }
        for (String path : List.of("/_sandbox/mikro-cards?prefix=120.WR.", "/_sandbox/mikro-invoices?prefix=WRD",
                "/_sandbox/mikro-invoices?type=1&prefix=WRT-")) {
            JsonNode answer = admin(demo, "Mikro ISP", path);
            JsonNode counts = answer.has("cards") ? answer.get("cards") : answer.get("invoices");
            assertThat(counts.size()).as(path).isPositive();
            counts.properties().forEach(e -> assertThat(e.getValue().asLong()).as("%s %s", path, e.getKey())
                    .isEqualTo(1L));
        }
    }

    /**
     * The Logo firm: Merkez's cari and stock cards and the ISP's customers, invoices and collections (cash slips
     * received, WRT-…), none failed and none twice (counted from Logo's own tables by SQL); Merkez's FarmaBorsa orders
     * ran without a failure.
     */
    private void assertLogoFirmWasFilled(Demo demo, SyncStore store, Map<String, Long> pipelines) throws Exception {
        for (String pipeline : List.of(DemoPipelines.LOGO_PARTIES, DemoPipelines.LOGO_ITEMS,
                DemoPipelines.LOGO_ISP_CUSTOMERS, DemoPipelines.LOGO_ISP_INVOICES,
                DemoPipelines.LOGO_ISP_COLLECTIONS)) {
            Run run = awaitSucceededRun(store, pipelines.get(pipeline), true);
            assertThat(run.counts().failed()).as("%s run %s", pipeline, run).isZero();
        }
        // Merkez's listings come from the stock pipeline's first run, the buyer's orders on them after that
        Run orders = awaitSucceededRun(store, pipelines.get(DemoPipelines.LOGO_ORDERS), true);
        assertThat(orders.counts().failed()).as("orders run %s", orders).isZero();
        URI logo = demo.sandboxes().byName("Logo").orElseThrow().sandbox().baseUri();
        try (LogoClient client = new LogoClient(LogoConfig.builder().baseUrl(logo.toString()).username("LOGO")
                .password("LOGO").firmNo("1").build())) {
            StringBuilder held = new StringBuilder();
            for (String sql : List.of("SELECT CODE AS K FROM LG_001_CLCARD", "SELECT CODE AS K FROM LG_001_ITEMS",
                    "SELECT FICHENO AS K FROM LG_001_01_INVOICE",
                    "SELECT TRANNO AS K FROM LG_001_01_CLFLINE WHERE MODULENR = 10 AND TRANNO LIKE 'WRT-%'")) {
                Map<String, Long> counts = client.query(sql, 1000).items().stream()
                        .collect(Collectors.groupingBy(row -> row.path("K").asText(), Collectors.counting()));
                assertThat(counts).as(sql).isNotEmpty();
                assertThat(counts).as(sql).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1L));
                held.append(sql.replaceAll(".* FROM (\\S+).*", "$1")).append(' ').append(counts.size()).append(", ");
            }
            System.out.println("DEMO Logo firm: " + held + "each once; Merkez's orders run " + orders.counts());
        }
    }

    private JsonNode admin(Demo demo, String sandbox, String path) throws Exception {
        URI uri = demo.sandboxes().byName(sandbox).orElseThrow().sandbox().baseUri().resolve(path);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Map<String, Long> connectionIds(SyncStore store) {
        return store.transaction(tx -> store.connections().list(tx)).stream()
                .collect(Collectors.toMap(StoredConnection::name, StoredConnection::id));
    }

    private static Run awaitSucceededRunThatWrote(SyncStore store, long pipeline) throws InterruptedException {
        return awaitSucceededRun(store, pipeline, true);
    }

    private static Run awaitSucceededRun(SyncStore store, long pipeline, boolean wrote) throws InterruptedException {
        long deadline = System.nanoTime() + RUNS_WITHIN.toNanos();
        List<Run> runs = List.of();
        while (System.nanoTime() < deadline) {
            runs = store.transaction(tx -> store.runs().ofPipeline(tx, pipeline));
            var done = runs.stream().filter(r -> r.state() == Run.State.SUCCEEDED
                    && (r.counts().written() > 0 || !wrote)).findFirst();
            if (done.isPresent()) {
                return done.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("pipeline " + pipeline + " had no succeeded run" + (wrote ? " that wrote" : "")
                + " within " + RUNS_WITHIN
                + "; runs: " + runs);
    }

    private HttpResponse<String> send(Demo demo, String method, String path, String body, String password)
            throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(demo.url().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
