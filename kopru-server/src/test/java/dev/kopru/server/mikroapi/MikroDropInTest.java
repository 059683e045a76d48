package dev.kopru.server.mikroapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.tax.TaxIds;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.server.app.TestServer;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.schedule.PipelineScheduler;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.testkit.sandbox.Sandbox;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's API served by Köprü on a Mikro sandbox, configured from the guide's .env keys (plus the API key the
 * real Mikro needs), over real HTTP with a login, including the guide's failure cases.
 */
class MikroDropInTest {

    static Sandbox sandbox;
    static TestServer server;
    static String year = Integer.toString(LocalDate.now(MikroSandboxOptions.ISTANBUL).getYear());
    static Random random = new Random(7);

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().goldenSet(true).demoSize(12).build()), 0);
        server = TestServer.start(Map.of("MIKRO_API_URL", sandbox.baseUri().toString(), "MIKRO_API_USERNAME", "SRV",
                "MIKRO_API_PASSWORD", "admin123", "MIKRO_COMPANY_CODE", "DEMO", "MIKRO_PERIOD", "1",
                "MIKRO_API_KEY", "demo-api-key", "kopru.scheduler-enabled", "false"));
        addUser("vera", "viewer-password", "VIEWER");
    }

    @AfterAll
    static void stop() {
        server.close();
        sandbox.close();
    }

    static void addUser(String name, String password, String role) {
        assertThat(server.post("/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + password
                + "\",\"role\":\"" + role + "\"}").statusCode()).isEqualTo(201);
    }

    static StoredConnection addConnection(String vendor, String name, Map<String, String> settings) {
        SyncStore store = server.bean(SyncStore.class);
        String sealed = server.bean(ConnectionVault.class).seal(vendor, settings);
        return store.transaction(tx -> store.connections().add(tx, vendor, name, sealed));
    }

    static Map<String, String> sandboxSettings(String apiKey) {
        return Map.of("baseUrl", sandbox.baseUri().toString(), "apiKey", apiKey, "firmaKodu", "DEMO",
                "calismaYili", year, "kullaniciKodu", "SRV", "password", "admin123");
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String first(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"?([^\",}]*)").matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return m.group(1);
    }

    static HttpResponse<String> post(String path, String json) {
        return server.post(path, json);
    }

    // --- connection ---

    @Test
    void test_connection_answers_the_guides_success_shape() {
        var response = server.get("/api/mikro/test-connection");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"success\":true", "\"message\":\"Mikro Jump API bağlantısı başarılı\"",
                "\"api_url\":\"" + sandbox.baseUri(), "\"firma_no\":\"DEMO\"", "\"donem\":\"" + year + "\"",
                "\"connection\":\"mikro\"");
    }

    @Test
    void test_connection_fails_with_mikros_own_reason_on_another_connection() {
        addConnection("mikro", "wrong-key", sandboxSettings("not-the-key"));

        var byParameter = server.get("/api/mikro/test-connection?connection=wrong-key");
        var byHeader = server.send(server.asAdmin("/api/mikro/test-connection")
                .header("X-Kopru-Connection", "wrong-key").GET().build());
        var unknown = server.get("/api/mikro/test-connection?connection=nope");

        assertThat(byParameter.statusCode()).isEqualTo(200);
        assertThat(byParameter.body()).contains("\"success\":false", "Geçersiz api key");
        assertThat(byHeader.body()).contains("\"success\":false", "Geçersiz api key");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void the_drop_in_needs_the_same_login() {
        var anonymous = server.send(HttpRequest.newBuilder(server.uri("/api/mikro/cari/list?kod=120"))
                .header("Accept", "application/json").GET().build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    // --- cari ---

    @Test
    void cari_lists_by_exact_code_through_the_api_and_by_code_prefix_through_sql() {
        // CariListesiV3's CariKod is an exact match on real servers (mikro.md §12.5): no prefix through the API.
        var api = server.get("/api/mikro/api/cari/list?filtre=120.01.001");
        var sql = server.get("/api/mikro/cari/list?kod=120.01");

        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(api.body()).contains("\"success\":true", "\"cari_kod\":\"120.01.001\"",
                "\"cari_unvan1\":\"Aliağa Denizcilik Ltd. Şti.\"");
        assertThat(sql.statusCode()).as(sql.body()).isEqualTo(200);
        assertThat(sql.body()).contains("\"cari_kod\":\"120.01.001\"", "\"cari_kod\":\"120.01.002\"");
        assertThat(Pattern.compile("\"cari_kod\":\"(?!120\\.01)").matcher(sql.body()).find()).isFalse();
        assertThat(Pattern.compile("\"cari_kod\":\"(?!120\\.01)").matcher(api.body()).find()).isFalse();
    }

    @Test
    void a_cari_is_created_with_a_valid_vkn_and_refused_with_a_bad_one() {
        String code = "120.01." + (900 + random.nextInt(99));
        String vkn = TaxIds.randomVkn(random);

        var created = post("/api/mikro/api/cari/create", "{\"CariKod\":\"" + code + "\",\"CariIsim\":\"Test Cari A.Ş.\","
                + "\"VKN_TCKN\":\"" + vkn + "\",\"CariGrupKodu\":\"120\"}");
        var bad = post("/api/mikro/api/cari/create", "{\"CariKod\":\"120.01.998\",\"CariIsim\":\"Test Cari A.Ş.\","
                + "\"VKN_TCKN\":\"1234567891\",\"CariGrupKodu\":\"120\"}");
        var listed = server.get("/api/mikro/cari/list?kod=" + encode(code));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"success\":true", "\"CariKod\":\"" + code + "\"", "CariGrupKodu: not sent");
        assertThat(listed.body()).contains("\"cari_vdaire_no\":\"" + vkn + "\"");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"VKN_TCKN\"");
        assertThat(server.get("/api/mikro/cari/list?kod=120.01.998").body()).contains("\"count\":0");
    }

    @Test
    void a_balance_is_read_and_an_unknown_cari_is_a_404_problem() {
        var known = server.get("/api/mikro/cari/120.01.001/bakiye");
        var unknown = server.get("/api/mikro/cari/999.99.999/bakiye");

        assertThat(known.statusCode()).as(known.body()).isEqualTo(200);
        assertThat(known.body()).contains("\"success\":true", "\"cari_kod\":\"120.01.001\"", "\"borc\":",
                "\"alacak\":", "\"bakiye\":");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("999.99.999", "\"status\":404");
    }

    // --- stok ---

    @Test
    void stock_cards_list_through_the_api_and_through_sql() {
        var all = server.get("/api/mikro/stok/list");
        String code = first(all.body(), "sto_kod");
        String prefix = code.substring(0, Math.min(3, code.length()));

        var api = server.get("/api/mikro/api/stok/list?filtre=" + encode(prefix));
        var sql = server.get("/api/mikro/stok/list?kod=" + encode(prefix));
        var none = server.get("/api/mikro/stok/list?kod=NO-SUCH-%25");

        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(api.body()).contains("\"sto_kod\":\"" + code + "\"");
        assertThat(sql.body()).contains("\"sto_kod\":\"" + code + "\"", "\"sto_isim\"");
        assertThat(none.body()).contains("\"count\":0");
    }

    // --- fatura ---

    @Test
    void an_invoice_is_created_once_per_belge_no_with_totals_by_kopru() {
        String stok = first(server.get("/api/mikro/stok/list").body(), "sto_kod");
        String belgeNo = "FAT" + year + String.format("%06d", random.nextInt(999_999));
        String body = "{\"BelgeTuru\":0,\"BelgeNo\":\"" + belgeNo + "\",\"Tarih\":\"" + LocalDate.now() + "\","
                + "\"CariKod\":\"120.01.001\",\"Satirlar\":[{\"StokKod\":\"" + stok + "\",\"Miktar\":1,"
                + "\"BirimFiyat\":50000,\"KDVOrani\":20},{\"StokKod\":\"" + stok + "\",\"Miktar\":3,"
                + "\"BirimFiyat\":33.33,\"KDVOrani\":10}]}";

        var first = post("/api/mikro/api/fatura/create", body);
        var again = post("/api/mikro/api/fatura/create", body);
        var otherCari = post("/api/mikro/api/fatura/create", body.replace("120.01.001", "120.01.002"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"created\":true", "\"ara_toplam\":50099.99", "\"kdv_toplam\":10010.00",
                "\"genel_toplam\":60109.99");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"created\":false", "\"evrak_no\":" + first(first.body(), "evrak_no"));
        assertThat(otherCari.statusCode()).isEqualTo(409);
        assertThat(otherCari.body()).contains("\"field\":\"BelgeNo\"");

        var listed = server.get("/api/mikro/fatura/list?cari_kod=120.01.001&baslangic_tarih=" + year
                + "-01-01&bitis_tarih=" + year + "-12-31&limit=1000");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(Pattern.compile(Pattern.quote("\"belge_no\":\"" + belgeNo + "\"")).matcher(listed.body())
                .results().count()).isEqualTo(1);

        String seri = first(first.body(), "evrak_seri");
        String no = first(first.body(), "evrak_no");
        var lines = server.get("/api/mikro/fatura/" + seri + "/" + no + "/satirlar");
        assertThat(lines.statusCode()).as(lines.body()).isEqualTo(200);
        assertThat(lines.body()).contains("\"count\":2", "\"tutar\":50000.00", "\"kdv\":10000.00", "\"tutar\":99.99",
                "\"kdv\":10.00");
    }

    @Test
    void invoice_input_errors_name_the_field() {
        var noLines = post("/api/mikro/api/fatura/create", "{\"BelgeTuru\":0,\"BelgeNo\":\"X1\",\"Tarih\":\"2025-11-22\","
                + "\"CariKod\":\"120.01.001\",\"Satirlar\":[]}");
        var purchase = post("/api/mikro/api/fatura/create", "{\"BelgeTuru\":1,\"BelgeNo\":\"X1\",\"Tarih\":\"2025-11-22\","
                + "\"CariKod\":\"120.01.001\",\"Satirlar\":[]}");
        var badDate = post("/api/mikro/api/fatura/create", "{\"BelgeTuru\":0,\"BelgeNo\":\"X1\",\"Tarih\":\"22.11.2025\","
                + "\"CariKod\":\"120.01.001\",\"Satirlar\":[{\"StokKod\":\"S\",\"Miktar\":1,\"BirimFiyat\":1,"
                + "\"KDVOrani\":20}]}");
        var unknownCari = post("/api/mikro/api/fatura/create", "{\"BelgeTuru\":0,\"BelgeNo\":\"X-UNKNOWN-CARI\","
                + "\"Tarih\":\"2025-11-22\",\"CariKod\":\"999.99.999\",\"Satirlar\":[{\"StokKod\":\""
                + first(server.get("/api/mikro/stok/list").body(), "sto_kod") + "\",\"Miktar\":1,\"BirimFiyat\":1,"
                + "\"KDVOrani\":20}]}");
        var noInvoice = server.get("/api/mikro/fatura/NOPE/999999/satirlar");

        assertThat(noLines.body()).contains("\"field\":\"Satirlar\"");
        assertThat(purchase.body()).contains("\"field\":\"BelgeTuru\"");
        assertThat(badDate.body()).contains("\"field\":\"Tarih\"");
        assertThat(unknownCari.statusCode()).as(unknownCari.body()).isIn(404, 422);
        assertThat(unknownCari.body()).contains("vendorMessage");
        assertThat(noInvoice.statusCode()).isEqualTo(404);
    }

    // --- SQL ---

    @Test
    void the_guides_sql_query_runs_and_a_write_is_refused() {
        var select = post("/api/mikro/api/sql/query",
                "{\"sql\":\"SELECT TOP 10 cari_kod, cari_unvan1 FROM CARI_HESAPLAR\"}");
        var delete = post("/api/mikro/api/sql/query", "{\"sql\":\"DELETE FROM CARI_HESAPLAR\"}");
        var smuggled = post("/api/mikro/api/sql/query",
                "{\"sql\":\"SELECT 1 AS x -- a comment SQL Server ends at CR\\rDELETE FROM CARI_HESAPLAR\"}");
        var unknownTable = post("/api/mikro/api/sql/query", "{\"sql\":\"SELECT * FROM FATURALAR\"}");

        assertThat(select.statusCode()).as(select.body()).isEqualTo(200);
        assertThat(select.body()).contains("\"success\":true", "\"columns\":[\"cari_kod\",\"cari_unvan1\"]",
                "\"truncated\":false", "\"elapsedMs\":");
        assertThat(delete.statusCode()).isEqualTo(400);
        assertThat(delete.body()).contains("\"field\":\"sql\"", "'DELETE' at position 1 is not allowed");
        assertThat(smuggled.statusCode()).as(smuggled.body()).isEqualTo(400);
        assertThat(smuggled.body()).contains("\"field\":\"sql\"", "'DELETE'");
        assertThat(unknownTable.statusCode()).isEqualTo(422);
        assertThat(unknownTable.body()).contains("Invalid object name");
    }

    @Test
    void a_viewer_runs_reports_but_creates_nothing() {
        var report = server.send(server.as("vera", "viewer-password", "/api/mikro/api/sql/query")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT 1 AS x\"}")).build());
        var create = server.send(server.as("vera", "viewer-password", "/api/mikro/api/fatura/create")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(create.statusCode()).isEqualTo(403);
    }

    @Test
    void the_unified_sql_endpoint_bounds_rows_and_refuses_vendors_without_sql() {
        long mikro = server.bean(SyncStore.class).transaction(tx -> server.bean(SyncStore.class).connections()
                .findByName(tx, "mikro")).orElseThrow().id();
        StoredConnection farma = addConnection("farmaborsa", "farma", Map.of("nick", "demo", "parola", "demo",
                "apiKey", "demo-api-key"));

        var report = post("/api/v1/connections/" + mikro + "/sql",
                "{\"sql\":\"SELECT cari_kod FROM CARI_HESAPLAR ORDER BY cari_kod\",\"maxRows\":3}");
        var tooMany = post("/api/v1/connections/" + mikro + "/sql", "{\"sql\":\"SELECT 1 AS x\",\"maxRows\":100000}");
        var locking = post("/api/v1/connections/" + mikro + "/sql",
                "{\"sql\":\"SELECT * FROM CARI_HESAPLAR WITH (TABLOCKX, HOLDLOCK) WAITFOR DELAY '00:10'\"}");
        var none = post("/api/v1/connections/" + farma.id() + "/sql", "{\"sql\":\"SELECT 1 AS x\"}");
        var missing = post("/api/v1/connections/999999/sql", "{\"sql\":\"SELECT 1 AS x\"}");

        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("\"columns\":[\"cari_kod\"]", "\"truncated\":true", "\"elapsedMs\":")
                .containsPattern("\"rows\":\\[\\[\"[^\"]+\"\\],\\[\"[^\"]+\"\\],\\[\"[^\"]+\"\\]\\]");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"maxRows\"");
        assertThat(locking.statusCode()).as(locking.body()).isEqualTo(400);
        assertThat(locking.body()).contains("\"field\":\"sql\"", "TABLOCKX");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("offers no SQL reports");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    // --- sync ---

    @Test
    void sync_starts_the_pipeline_reading_cari_from_mikro_and_links_its_events() {
        var before = post("/api/mikro/sync", "{\"sync_type\":\"stok\",\"filters\":{}}");
        SyncStore store = server.bean(SyncStore.class);
        long mikro = store.transaction(tx -> store.connections().findByName(tx, "mikro")).orElseThrow().id();
        StoredConnection target = addConnection("mikro", "sync-target", sandboxSettings("demo-api-key"));
        PipelineSpec pipeline = store.transaction(tx -> store.pipelines().add(tx,
                PipelineSpec.oneWay("mikro-cari", mikro, target.id(), "party", 100)));

        var cari = post("/api/mikro/sync/cari", "");
        var general = post("/api/mikro/sync", "{\"sync_type\":\"cari\",\"filters\":{}}");
        var badType = post("/api/mikro/sync", "{\"sync_type\":\"kargo\",\"filters\":{}}");
        var filtered = post("/api/mikro/sync", "{\"sync_type\":\"cari\",\"filters\":{\"kod\":\"120\"}}");

        assertThat(before.statusCode()).isEqualTo(404);
        assertThat(before.body()).contains("no pipeline reads item");
        assertThat(cari.statusCode()).as(cari.body()).isEqualTo(202);
        assertThat(cari.body()).contains("\"success\":true", "\"pipeline_id\":" + pipeline.id(),
                "\"events\":\"/api/v1/pipelines/" + pipeline.id() + "/events\"", "\"triggered\":\"DUE\"");
        assertThat(general.statusCode()).isEqualTo(202);
        assertThat(server.bean(PipelineScheduler.class).existing(pipeline.id())).isPresent();
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("\"field\":\"sync_type\"");
        assertThat(filtered.statusCode()).isEqualTo(400);
        assertThat(filtered.body()).contains("\"field\":\"filters\"");
    }
}
