package dev.kopru.server.connections;

import static dev.kopru.server.connections.ApiWorld.read;
import static dev.kopru.server.connections.ApiWorld.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.sync.store.SyncStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConnectionsApiTest {

    static ApiWorld world;

    @BeforeAll
    static void start() {
        world = new ApiWorld();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void lists_the_installed_connectors_with_entities_operations_keys_limits_and_config_fields() {
        JsonNode connectors = read(world.get("/api/v1/connectors")).path("items");

        JsonNode mikro = byField(connectors, "vendor", "mikro");
        JsonNode parties = byField(mikro.path("entities"), "entity", "party");
        assertThat(parties.path("path").asText()).isEqualTo("parties");
        assertThat(texts(parties.path("operations"))).containsExactly("LIST", "INCREMENTAL_LIST", "GET",
                "FIND_BY_NATURAL_KEY", "CREATE", "UPDATE");
        assertThat(parties.path("cursorKind").asText()).isEqualTo("CHANGE_DATE_AND_KEY");
        assertThat(texts(parties.path("naturalKeys"))).containsExactly("code", "taxId");
        JsonNode password = byField(mikro.path("configFields"), "name", "password");
        assertThat(password.path("secret").asBoolean()).isTrue();
        assertThat(password.path("required").asBoolean()).isTrue();
        assertThat(byField(mikro.path("configFields"), "name", "documentSeries").path("default").asText()).isNotBlank();
        assertThat(mikro.path("limits").path("maxPageSize").asInt()).isEqualTo(1000);

        JsonNode farma = byField(connectors, "vendor", "farmaborsa");
        assertThat(farma.path("limits").path("rateLimit").path("permits").asInt()).isEqualTo(10);
        assertThat(farma.path("limits").path("rateLimit").path("period").asText()).isEqualTo("PT1M");
        assertThat(byField(farma.path("entities"), "entity", "listing").path("path").asText()).isEqualTo("listings");
    }

    @Test
    void a_created_connection_shows_its_settings_and_only_the_names_of_its_secrets() {
        HttpResponse<String> created = world.post("/api/v1/connections", write(Map.of("name", "mikro-shown",
                "vendor", "mikro", "config", world.mikroConfig(Map.of()))));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = read(created);
        long id = body.path("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/connections/" + id);
        assertThat(body.path("config").path("firmaKodu").asText()).isEqualTo("DEMO");
        assertThat(body.path("config").has("password")).isFalse();
        assertThat(body.path("config").has("apiKey")).isFalse();
        assertThat(texts(body.path("secretsSet"))).containsExactly("apiKey", "password");
        assertThat(read(world.get("/api/v1/connections/" + id))).isEqualTo(body);
        assertThat(read(world.get("/api/v1/connections/mikro-shown"))).isEqualTo(body);
        assertThat(byField(read(world.get("/api/v1/connections")).path("items"), "name", "mikro-shown"))
                .isEqualTo(body);
    }

    @Test
    void test_says_what_is_wrong_in_the_vendors_own_words() throws IOException {
        long good = world.create("mikro-good", "mikro", world.mikroConfig(Map.of()));
        long badPassword = world.create("mikro-bad-password", "mikro", world.mikroConfig(Map.of("password", "nope-1")));
        long badKey = world.create("mikro-bad-key", "mikro", world.mikroConfig(Map.of("apiKey", "not-the-key")));
        long badFirm = world.create("mikro-bad-firm", "mikro", world.mikroConfig(Map.of("firmaKodu", "NOPE")));
        long badYear = world.create("mikro-bad-year", "mikro", world.mikroConfig(Map.of("calismaYili", "1999")));
        long unreachable = world.create("mikro-unreachable", "mikro",
                world.mikroConfig(Map.of("baseUrl", "http://127.0.0.1:" + closedPort())));

        JsonNode ok = test(good);
        assertThat(ok.path("ok").asBoolean()).isTrue();
        assertThat(ok.path("vendor").asText()).isEqualTo("mikro");
        assertThat(ok.path("message").asText()).contains("credentials were accepted");
        assertThat(ok.path("latencyMs").asLong()).isNotNegative();

        assertProblem(test(badPassword), "bad-credentials", "connection error - Şifre Hatalı!");
        assertProblem(test(badKey), "bad-credentials", "Geçersiz api key");
        assertProblem(test(badFirm), "bad-company-or-period", "connection error -  Veritabanı bulunamadı!");
        assertProblem(test(badYear), "bad-company-or-period", "Çalışma yılı bulunamadı: 1999");
        JsonNode down = test(unreachable);
        assertThat(down.path("ok").asBoolean()).isFalse();
        assertThat(down.path("problem").path("type").asText()).isEqualTo("unreachable");
        assertThat(down.path("problem").path("detail").asText()).contains("cannot reach mikro at http://127.0.0.1:");
    }

    @Test
    void a_farmaborsa_connection_tests_and_describes_itself_with_its_configured_rate_limit() {
        long id = world.create("farma-described", "farmaborsa", world.farmaConfig());

        assertThat(test(id).path("ok").asBoolean()).isTrue();
        JsonNode described = read(world.get("/api/v1/connections/" + id + "/describe"));
        assertThat(described.path("limits").path("rateLimit").path("permits").asInt()).isEqualTo(1000);
        assertThat(byField(described.path("rawOperations"), "name", "IlanKaydet").path("write").asBoolean()).isTrue();
        assertThat(byField(described.path("rawOperations"), "name", "IlanlarimListesi").path("write").asBoolean())
                .isFalse();
    }

    @Test
    void a_change_merges_the_config_replaces_a_secret_and_takes_effect_at_once() {
        long id = world.create("mikro-changing", "mikro", world.mikroConfig(Map.of()));
        assertThat(test(id).path("ok").asBoolean()).isTrue();

        HttpResponse<String> wrongYear = world.send("PATCH", "/api/v1/connections/" + id,
                write(Map.of("config", Map.of("calismaYili", "2001"))));
        assertThat(wrongYear.statusCode()).as(wrongYear.body()).isEqualTo(200);
        assertThat(read(wrongYear).path("config").path("calismaYili").asText()).isEqualTo("2001");
        assertThat(read(wrongYear).path("config").path("firmaKodu").asText()).isEqualTo("DEMO");
        assertProblem(test(id), "bad-company-or-period", "Çalışma yılı bulunamadı: 2001");

        world.send("PATCH", "/api/v1/connections/" + id, write(Map.of("config", Map.of("calismaYili", ApiWorld.year(),
                "password", "replaced-wrong"))));
        assertProblem(test(id), "bad-credentials", "connection error - Şifre Hatalı!");

        HttpResponse<String> renamed = world.send("PATCH", "/api/v1/connections/" + id, write(Map.of(
                "name", "mikro-renamed", "config", Map.of("password", ApiWorld.MIKRO_PASSWORD))));
        assertThat(read(renamed).path("name").asText()).isEqualTo("mikro-renamed");
        assertThat(test(id).path("ok").asBoolean()).isTrue();
    }

    @Test
    void a_bad_connection_is_refused_naming_the_field_and_nothing_is_stored() {
        int before = read(world.get("/api/v1/connections")).path("items").size();
        world.create("mikro-taken", "mikro", world.mikroConfig(Map.of()));

        Map<String, String> noPassword = world.mikroConfig(Map.of());
        noPassword.remove("password");
        assertRefused(Map.of("name", "a", "vendor", "mikro", "config", noPassword), 400, "password");
        assertRefused(Map.of("name", "b", "vendor", "mikro", "config", world.mikroConfig(Map.of("firmNo", "1"))), 400,
                "firmNo");
        assertRefused(Map.of("name", "c", "vendor", "mikro", "config", world.mikroConfig(Map.of("firmaNo", "one"))),
                400, "firmaNo");
        assertRefused(Map.of("name", "d", "vendor", "nosuch", "config", Map.of()), 400, "vendor");
        assertRefused(Map.of("name", "42", "vendor", "mikro", "config", world.mikroConfig(Map.of())), 400, "name");
        assertRefused(Map.of("name", "mikro-taken", "vendor", "mikro", "config", world.mikroConfig(Map.of())), 409,
                "name");
        assertRefused(Map.of("name", "e", "vendor", "mikro", "config", world.mikroConfig(Map.of()), "extra", 1), 400,
                "extra");

        assertThat(read(world.get("/api/v1/connections")).path("items").size()).isEqualTo(before + 1);
        assertThat(world.get("/api/v1/connections/a").statusCode()).isEqualTo(404);
    }

    @Test
    void a_connection_a_pipeline_uses_cannot_be_deleted_and_the_refusal_names_the_pipeline() {
        long source = world.create("mikro-source", "mikro", world.mikroConfig(Map.of()));
        long target = world.create("mikro-target", "mikro", world.mikroConfig(Map.of()));
        SyncStore store = world.server.bean(SyncStore.class);
        store.inTransaction(tx -> tx.update("INSERT INTO pipelines (name, source_connection_id, source_entity,"
                + " target_connection_id, target_entity, mode, batch_size, options_json, version, created_at,"
                + " updated_at) VALUES ('parties-across', ?, 'party', ?, 'party', 'ONE_WAY', 50, '{}', 1, ?, ?)",
                source, target, Instant.now(), Instant.now()));

        HttpResponse<String> refused = world.send("DELETE", "/api/v1/connections/" + target, null);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(refused).path("detail").asText()).contains("parties-across");

        store.inTransaction(tx -> tx.update("DELETE FROM pipelines WHERE name = 'parties-across'"));
        assertThat(world.send("DELETE", "/api/v1/connections/mikro-target", null).statusCode()).isEqualTo(204);
        assertThat(world.get("/api/v1/connections/" + target).statusCode()).isEqualTo(404);
        assertThat(world.get("/api/v1/connections/" + source).statusCode()).isEqualTo(200);
    }

    @Test
    void a_connections_calls_are_charted_minute_by_minute_with_their_latency_by_outcome() {
        long id = world.create("mikro-active", "mikro", world.mikroConfig(Map.of()));
        String connection = "/api/v1/connections/" + id;
        JsonNode quiet = read(world.get(connection + "/activity?minutes=5"));
        assertThat(quiet.path("perMinute")).hasSize(5);
        assertThat(quiet.findValues("calls")).allMatch(calls -> calls.asLong() == 0);

        assertThat(world.get(connection + "/parties?limit=3").statusCode()).isEqualTo(200);
        assertThat(world.get(connection + "/parties?limit=3").statusCode()).isEqualTo(200);
        assertThat(world.get(connection + "/parties/no-such-card").statusCode()).isEqualTo(404);
        assertThat(world.post(connection + "/sql", "{\"sql\":\"SELECT nothing FROM NO_SUCH_TABLE\"}").statusCode())
                .isEqualTo(422);
        JsonNode activity = read(world.get(connection + "/activity"));

        assertThat(activity.path("connectionId").asLong()).isEqualTo(id);
        JsonNode minutes = activity.path("perMinute");
        assertThat(minutes).as("the last hour, quiet minutes too").hasSize(60);
        // the calls may straddle a minute's end: count them over the hour
        Map<String, Long> byOutcome = new java.util.TreeMap<>();
        long calls = 0;
        for (JsonNode minute : minutes) {
            calls += minute.path("calls").asLong();
            for (JsonNode outcome : minute.path("outcomes")) {
                byOutcome.merge(outcome.path("outcome").asText(), outcome.path("calls").asLong(), Long::sum);
                assertThat(outcome.path("p50Ms").asDouble()).isPositive()
                        .isLessThanOrEqualTo(outcome.path("p95Ms").asDouble());
            }
            if (minute.path("calls").asLong() == 0) {
                assertThat(minute.path("p95Ms").isNull()).as(minute.toString()).isTrue();
            }
        }
        assertThat(byOutcome).as("not found is an answer; an invalid query is not")
                .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("Validation", 1L, "ok", 3L)));
        assertThat(calls).isEqualTo(4);
        assertThat(Instant.parse(minutes.get(59).path("minute").asText())).isBefore(Instant.now())
                .isAfter(Instant.now().minusSeconds(120));

        HttpResponse<String> tooLong = world.get(connection + "/activity?minutes=61");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(read(tooLong).path("field").asText()).isEqualTo("minutes");
        assertThat(world.get("/api/v1/connections/no-such-connection/activity").statusCode()).isEqualTo(404);
    }

    private static void assertRefused(Map<String, Object> body, int status, String field) {
        HttpResponse<String> response = world.post("/api/v1/connections", write(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(response).path("field").asText()).as(response.body()).isEqualTo(field);
    }

    private static JsonNode test(long id) {
        HttpResponse<String> response = world.post("/api/v1/connections/" + id + "/test", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response);
    }

    private static void assertProblem(JsonNode result, String type, String vendorMessage) {
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isFalse();
        assertThat(result.path("problem").path("type").asText()).as(result.toString()).isEqualTo(type);
        assertThat(result.path("problem").path("vendorMessage").asText()).isEqualTo(vendorMessage);
    }

    static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.path(field).asText().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
