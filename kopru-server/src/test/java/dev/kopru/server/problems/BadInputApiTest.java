package dev.kopru.server.problems;

import static dev.kopru.server.connections.ApiWorld.read;
import static dev.kopru.server.connections.ApiWorld.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.connections.ApiWorld;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input a vendor cannot store, or that only looks like what the field wants, is a 400 naming the field before
 * anything is sent; races and over-long names are 4xx, and even requests that never reach a controller are problems.
 */
class BadInputApiTest {

    static ApiWorld world;
    static String mikro;
    static long mikroId;

    @BeforeAll
    static void start() {
        world = new ApiWorld(Map.of("kopru.database-url", ""));
        mikroId = world.create("mikro", "mikro", world.mikroConfig(Map.of()));
        mikro = "/api/v1/connections/" + mikroId;
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void dates_and_amounts_a_vendor_cannot_store_are_refused_naming_the_field() {
        assertProblem(world.post(mikro + "/invoices", write(invoice(Map.of("date", "+99999-01-01"), Map.of()))),
                "date");
        assertProblem(world.post(mikro + "/invoices", write(invoice(Map.of("date", "1700-12-31"), Map.of()))),
                "date");
        assertProblem(world.post(mikro + "/invoices", invoiceJson("\"quantity\": 1e300")), "lines[0].quantity");
        assertProblem(world.post(mikro + "/invoices", invoiceJson("\"unitPrice\": 1e-400")), "lines[0].unitPrice");
        assertProblem(world.post(mikro + "/invoices", invoiceJson("\"unitPrice\": 12345678901234567.5")),
                "lines[0].unitPrice");
        assertThat(invoiceNumbers()).doesNotContain("KPR-BAD-1");
    }

    @Test
    void json_scalars_are_not_coerced() {
        assertProblem(world.post(mikro + "/invoices", invoiceJson("\"lineNo\": \"10\"")), "lines[0].lineNo");
        assertProblem(world.post(mikro + "/invoices", invoiceJson("\"lineNo\": 1.5")), "lines[0].lineNo");
        assertProblem(world.post(mikro + "/invoices", invoiceJson("\"unitPrice\": \"50\"")), "lines[0].unitPrice");
        assertProblem(world.post(mikro + "/invoices", invoiceJson("\"lineNo\": 99999999999999999999")),
                "lines[0].lineNo");
        assertProblem(world.post(mikro + "/invoices", "null"), "body");
    }

    @Test
    void control_characters_are_refused_in_codes() {
        Map<String, Object> party = new LinkedHashMap<>(Map.of("code", "120.55.\u0007", "name", "Zil A.Ş.",
                "role", "CUSTOMER", "currency", "TRY"));
        assertProblem(world.post(mikro + "/parties", write(party)), "code");
        party.put("code", "120.55.\n77");
        assertProblem(world.post(mikro + "/parties", write(party)), "code");
        assertProblem(world.post(mikro + "/invoices", write(invoice(Map.of("partyCode", "120.01.002\r\n"), Map.of()))),
                "partyCode");
    }

    @Test
    void over_long_names_are_400s_naming_the_field() {
        HttpResponse<String> connection = world.post("/api/v1/connections", write(Map.of("name", "c".repeat(121),
                "vendor", "mikro", "config", world.mikroConfig(Map.of()))));
        assertProblem(connection, "name");
        HttpResponse<String> user = world.post("/api/v1/users", write(Map.of("username", "u".repeat(81),
                "password", "a-long-enough-password", "role", "VIEWER")));
        assertThat(user.statusCode()).as(user.body()).isEqualTo(400);
    }

    @Test
    void concurrent_creates_of_one_user_or_connection_are_4xx_never_500() throws Exception {
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> world.post("/api/v1/users", write(Map.of("username", "racer", "password",
                    "a-long-enough-password", "role", "VIEWER"))));
            calls.add(() -> world.post("/api/v1/connections", write(Map.of("name", "racing", "vendor", "mikro",
                    "config", world.mikroConfig(Map.of())))));
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                statuses.add(f.get().statusCode());
            }
        }
        assertThat(statuses).as(statuses.toString()).allMatch(s -> s == 201 || s == 400 || s == 409);
        assertThat(statuses.stream().filter(s -> s == 201)).as(statuses.toString()).hasSize(2);
    }

    @Test
    void a_cursor_the_source_did_not_issue_is_refused_and_concurrent_run_starts_are_never_500s() {
        long other = world.create("mikro-2", "mikro", world.mikroConfig(Map.of()));
        HttpResponse<String> created = world.post("/api/v1/pipelines", ("{\"name\":\"p1\",\"source\":{\"connectionId\":%d,"
                + "\"entity\":\"party\"},\"target\":{\"connectionId\":%d,\"entity\":\"party\"},\"mode\":\"ONE_WAY\"}")
                .formatted(mikroId, other));
        long id = read(created).path("id").asLong();
        assertThat(id).as(created.body()).isPositive();
        assertProblem(world.send("PUT", "/api/v1/pipelines/" + id + "/state", "{\"cursor\":\"not-a-cursor\"}"),
                "cursor");
        assertProblem(world.send("PUT", "/api/v1/pipelines/" + id + "/state", "{\"cursor\":\"a\\u0000b\"}"),
                "cursor");

        List<Callable<HttpResponse<String>>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runs.add(() -> world.post("/api/v1/pipelines/" + id + "/run", null));
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<HttpResponse<String>> f : pool.invokeAll(runs)) {
                statuses.add(f.get().statusCode());
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(statuses).as("concurrent starts of one pipeline's run: " + statuses)
                .allMatch(s -> s < 300 || s == 409);
    }

    @Test
    void errors_outside_controllers_are_problems_too() {
        HttpResponse<String> error = world.get("/error");
        assertThat(error.headers().firstValue("Content-Type")).as(error.body())
                .hasValue("application/problem+json");
        HttpResponse<String> longUrl = world.get("/api/v1/connections/" + "x".repeat(20_000));
        assertThat(longUrl.statusCode()).isBetween(400, 499);
        assertThat(longUrl.headers().firstValue("Content-Type")).as(longUrl.body())
                .hasValue("application/problem+json");
        HttpResponse<String> encodedSlash = world.get("/api/v1/connections/a%2F..%2Fb/parties");
        assertThat(encodedSlash.statusCode()).isBetween(400, 499);
        assertThat(encodedSlash.headers().firstValue("Content-Type")).as(encodedSlash.body())
                .hasValue("application/problem+json");
        HttpResponse<String> badEncoding = world.server.send(world.server.asAdmin("/api/v1/connections")
                .uri(java.net.URI.create(world.server.base() + "/api/v1/connections/%25ZZ%00")).GET().build());
        assertThat(badEncoding.statusCode()).isBetween(400, 499);
        assertThat(badEncoding.headers().firstValue("Content-Type")).as(badEncoding.body())
                .hasValue("application/problem+json");
    }

    @Test
    void the_database_and_log_files_are_the_owners_only() throws Exception {
        Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
        Path home = world.server.home();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(home)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.toString().endsWith(".log")).anyMatch(f -> f.toString().endsWith(".mv.db"));
        for (Path file : files) {
            assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).doesNotContainAnyElementsOf(others);
        }
    }

    private static List<String> invoiceNumbers() {
        List<String> numbers = new ArrayList<>();
        read(world.get(mikro + "/invoices?limit=1000")).path("items").forEach(i -> numbers.add(i.path("number")
                .asText()));
        return numbers;
    }

    private static Map<String, Object> invoice(Map<String, Object> header, Map<String, Object> line) {
        Map<String, Object> lineFields = new LinkedHashMap<>(Map.of("lineNo", 1, "kind", "ITEM", "itemCode", "BAR-001",
                "quantity", 1, "unit", "ADET", "unitPrice", 50, "priceBasis", "VAT_EXCLUDED", "vatRate", 20));
        lineFields.putAll(line);
        Map<String, Object> invoice = new LinkedHashMap<>(Map.of("number", "KPR-BAD-1", "direction", "SALES",
                "date", "2026-05-20", "partyCode", "120.01.002", "currency", "TRY"));
        invoice.put("lines", List.of(lineFields));
        invoice.putAll(header);
        return invoice;
    }

    /** An invoice whose line has {@code field} spelled as raw JSON, e.g. {@code "quantity": 1e300}. */
    private static String invoiceJson(String field) {
        String name = field.substring(0, field.indexOf(':'));
        Map<String, Object> invoice = invoice(Map.of(), Map.of());
        String json = write(invoice);
        String key = name.replace("\"", "").strip();
        return json.replaceFirst("\"" + key + "\":[^,}]*", java.util.regex.Matcher.quoteReplacement(field));
    }

    static void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(response).path("field").asText()).as(response.body()).isEqualTo(field);
    }
}
