package dev.kopru.server.problems;

import static dev.kopru.server.connections.ApiWorld.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.server.connections.ApiWorld;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A corpus of bad input across the unified API and the Mikro drop-in: every field of a valid request replaced by
 * each of a list of bad values, whole bodies that are not what an endpoint reads, and bad query parameters. None
 * may be a 5xx, every refusal is problem+json, and no refused create leaves a record behind.
 */
class BadInputCorpusTest {

    /** JSON values that are wrong somewhere: types, ranges, coercions, control characters, sizes. */
    static final List<String> BAD_VALUES = List.of("null", "\"\"", "\"   \"", "\"" + "x".repeat(3000) + "\"",
            "\"a\\u0000b\"", "\"a\\u0007b\"", "\"a\\nb\"", "\"\\ud800\"", "-1", "0", "1e300", "1e-400", "-1e300",
            "\"10\"", "1.5", "true", "[]", "{}", "[1,2]", "{\"a\":{\"b\":1}}", "\"+99999-01-01\"", "\"1700-01-01\"",
            "\"NaN\"", "99999999999999999999999999999", "\"' OR 1=1 --\"", "\"../../etc/passwd\"");

    /** Bodies that are not the object an endpoint reads. */
    static final List<String> BAD_BODIES = List.of("", "null", "[]", "{", "\"x\"", "1", "{\"a\":1,\"a\":2}",
            "[".repeat(3000) + "]".repeat(3000), "{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}", "\u0000");

    /** Query parameter values. */
    static final List<String> BAD_PARAMS = List.of("", " ", "-1", "0", "99999999999", "abc", "1.5", "+99999-01-01",
            "1700-01-01", "2025-13-45", "%00", "' OR 1=1 --", "x".repeat(3000), "\u0007", "../..");

    record Probe(String method, String path, String body, String naturalKey) {
    }

    static ApiWorld world;
    static long mikroId;
    static long pipelineId;
    static final AtomicInteger SERIAL = new AtomicInteger();

    @BeforeAll
    static void start() {
        world = new ApiWorld();
        mikroId = world.create("mikro", "mikro", world.mikroConfig(Map.of()));
        long other = world.create("mikro-2", "mikro", world.mikroConfig(Map.of()));
        HttpResponse<String> pipeline = world.post("/api/v1/pipelines", ("{\"name\":\"corpus\",\"source\":"
                + "{\"connectionId\":%d,\"entity\":\"party\"},\"target\":{\"connectionId\":%d,\"entity\":\"party\"},"
                + "\"mode\":\"ONE_WAY\"}").formatted(mikroId, other));
        pipelineId = read(pipeline).path("id").asLong();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void bad_input_across_the_api_and_the_drop_in_is_never_a_5xx_and_writes_nothing() {
        List<Probe> corpus = corpus();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        Set<String> acceptedKeys = new HashSet<>();
        for (Probe probe : corpus) {
            HttpResponse<String> response = send(probe);
            int status = response.statusCode();
            byStatus.merge(status, 1, Integer::sum);
            String what = probe.method() + " " + probe.path() + " " + abbreviate(probe.body()) + " → " + status;
            if (status >= 500) {
                serverErrors.add(what + " " + abbreviate(response.body()));
            }
            if (status >= 400 && !response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json")) {
                notProblems.add(what);
            }
            if (status < 300 && probe.naturalKey() != null) {
                acceptedKeys.add(probe.naturalKey());
            }
        }
        Set<String> written = new HashSet<>(invoiceNumbers());
        written.addAll(partyCodes());
        Set<String> halfWritten = new HashSet<>(written);
        halfWritten.removeAll(acceptedKeys);

        System.out.println("PROOF bad-input corpus: " + corpus.size() + " requests, by status " + byStatus + "; 5xx: "
                + serverErrors.size() + "; not problem+json: " + notProblems.size() + "; records left by refused"
                + " creates: " + halfWritten.size() + " (" + acceptedKeys.size() + " creates accepted)");
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);
        assertThat(serverErrors).isEmpty();
        assertThat(notProblems).isEmpty();
        assertThat(halfWritten).isEmpty();
    }

    static List<Probe> corpus() {
        String api = "/api/v1/connections/" + mikroId;
        List<Probe> corpus = new ArrayList<>();
        fieldByField(corpus, "POST", api + "/parties", () -> {
            String code = "CRP-P-" + SERIAL.incrementAndGet();
            return new Base(code, fields("code", q(code), "name", q("Korpus A.Ş."), "role", q("CUSTOMER"),
                    "taxId", q("1234567890"), "taxOffice", q("KONAK"), "currency", q("TRY")));
        });
        fieldByField(corpus, "POST", api + "/invoices", () -> {
            String number = "CRP-I-" + SERIAL.incrementAndGet();
            return new Base(number, fields("number", q(number), "direction", q("SALES"), "date", q("2026-05-20"),
                    "partyCode", q("120.01.002"), "currency", q("TRY"), "lines", null));
        });
        fieldByField(corpus, "POST", "/api/mikro/api/fatura/create", () -> {
            String number = "CRP-F-" + SERIAL.incrementAndGet();
            return new Base(number, fields("BelgeTuru", "0", "BelgeNo", q(number), "Tarih", q("2026-05-20"),
                    "CariKod", q("120.01.001"), "Satirlar", null));
        });
        fieldByField(corpus, "POST", "/api/mikro/api/cari/create", () -> {
            String code = "CRP-C-" + SERIAL.incrementAndGet();
            return new Base(code, fields("CariKod", q(code), "CariIsim", q("Korpus Ltd."), "VKN_TCKN",
                    q("1234567890")));
        });
        fieldByField(corpus, "POST", "/api/v1/connections", () -> new Base(null, fields("name",
                q("crp-" + SERIAL.incrementAndGet()), "vendor", q("mikro"), "config", "{\"baseUrl\":\"http://127.0.0.1:9\"}")));
        fieldByField(corpus, "PUT", "/api/v1/pipelines/" + pipelineId + "/state",
                () -> new Base(null, fields("cursor", q("opaque"))));
        fieldByField(corpus, "PUT", "/api/v1/pipelines/" + pipelineId + "/state",
                () -> new Base(null, fields("from", q("2026-01-01"))));
        fieldByField(corpus, "POST", "/api/v1/users", () -> new Base(null, fields("username",
                q("crp-" + SERIAL.incrementAndGet()), "password", q("corpus-password-1"), "role", q("VIEWER"))));
        fieldByField(corpus, "POST", api + "/sql", () -> new Base(null, fields("sql",
                q("SELECT TOP 1 cari_kod FROM CARI_HESAPLAR"), "maxRows", "1")));
        // lines: every field of the first line too
        for (String field : List.of("lineNo", "kind", "itemCode", "quantity", "unitPrice", "vatRate", "priceBasis")) {
            for (String bad : BAD_VALUES) {
                String number = "CRP-L-" + SERIAL.incrementAndGet();
                Map<String, String> line = invoiceLine();
                line.put(field, bad);
                corpus.add(new Probe("POST", api + "/invoices", object(fields("number", q(number), "direction",
                        q("SALES"), "date", q("2026-05-20"), "partyCode", q("120.01.002"), "currency", q("TRY"),
                        "lines", "[" + object(line) + "]")), number));
            }
        }
        for (String field : List.of("StokKod", "Miktar", "BirimFiyat", "KDVOrani")) {
            for (String bad : BAD_VALUES) {
                String number = "CRP-S-" + SERIAL.incrementAndGet();
                Map<String, String> line = fields("StokKod", q("NO-SUCH-STOK"), "Miktar", "1", "BirimFiyat", "10",
                        "KDVOrani", "20");
                line.put(field, bad);
                corpus.add(new Probe("POST", "/api/mikro/api/fatura/create", object(fields("BelgeTuru", "0",
                        "BelgeNo", q(number), "Tarih", q("2026-05-20"), "CariKod", q("120.01.001"), "Satirlar",
                        "[" + object(line) + "]")), number));
            }
        }
        for (String path : List.of(api + "/parties", api + "/invoices", "/api/mikro/api/fatura/create",
                "/api/mikro/api/cari/create", "/api/v1/connections", "/api/v1/users", api + "/sql",
                "/api/mikro/api/sql/query", "/api/v1/pipelines", "/api/v1/tokens")) {
            for (String body : BAD_BODIES) {
                corpus.add(new Probe("POST", path, body, null));
            }
        }
        for (String path : List.of(api + "/parties?limit=", api + "/parties?cursor=", api + "/invoices?changedSince=",
                api + "/parties?changedSince=", "/api/mikro/fatura/list?baslangic_tarih=", "/api/mikro/fatura/list?limit=",
                "/api/mikro/stok/list?kod=", "/api/v1/runs?limit=", api + "/parties/")) {
            for (String value : BAD_PARAMS) {
                corpus.add(new Probe("GET", path + URLEncoder.encode(value, StandardCharsets.UTF_8), null, null));
            }
        }
        return corpus;
    }

    private record Base(String naturalKey, Map<String, String> fields) {
    }

    /** One probe per (field, bad value) of a fresh valid body; a null field value means a valid nested default. */
    private static void fieldByField(List<Probe> corpus, String method, String path,
                                     java.util.function.Supplier<Base> base) {
        for (String field : base.get().fields().keySet()) {
            for (String bad : BAD_VALUES) {
                Base fresh = base.get();
                Map<String, String> body = new LinkedHashMap<>(fresh.fields());
                body.replaceAll((k, v) -> v != null ? v : k.equals("lines") ? "[" + object(invoiceLine()) + "]"
                        : "[{\"StokKod\":\"NO-SUCH-STOK\",\"Miktar\":1,\"BirimFiyat\":10,\"KDVOrani\":20}]");
                body.put(field, bad);
                corpus.add(new Probe(method, path, object(body), fresh.naturalKey()));
            }
        }
    }

    private static Map<String, String> invoiceLine() {
        return fields("lineNo", "1", "kind", q("ITEM"), "itemCode", q("BAR-001"), "quantity", "1", "unitPrice", "10",
                "vatRate", "20", "priceBasis", q("VAT_EXCLUDED"));
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append(q(k)).append(':').append(v));
        return json.append('}').toString();
    }

    private static String q(String text) {
        return "\"" + text + "\"";
    }

    private static HttpResponse<String> send(Probe probe) {
        HttpRequest.Builder request = world.server.asAdmin("/").uri(world.server.uri(probe.path()))
                .header("Accept", "application/json");
        if (probe.body() == null) {
            request.method(probe.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(probe.method(),
                    HttpRequest.BodyPublishers.ofString(probe.body()));
        }
        return world.server.send(request.build());
    }

    private static List<String> invoiceNumbers() {
        List<String> numbers = new ArrayList<>();
        HttpResponse<String> response = world.server.send(HttpRequest.newBuilder(java.net.URI.create(
                world.mikro.baseUri() + "/_sandbox/mikro-invoices?prefix=CRP-")).GET().build());
        read(response).path("invoices").fieldNames().forEachRemaining(numbers::add);
        return numbers;
    }

    private static List<String> partyCodes() {
        List<String> codes = new ArrayList<>();
        JsonNode listed = read(world.get("/api/mikro/cari/list?kod=CRP-"));
        listed.findValues("cari_kod").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
