package dev.kopru.server.problems;

import static dev.kopru.server.connections.ApiWorld.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.connections.ApiWorld;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.server.secrets.SecretBox;
import dev.kopru.sync.store.SyncStore;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every refusal is RFC 9457 problem+json with a 4xx, Spring's own included, and leaves nothing half-written; our own
 * failures are a 500 with a correlation id, never a 4xx.
 */
class ProblemsApiTest {

    static ApiWorld world;

    @BeforeAll
    static void start() {
        world = new ApiWorld(Map.of("kopru.api.max-body-bytes", "4096"));
        world.create("mikro", "mikro", world.mikroConfig(Map.of()));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void bad_json_wrong_types_and_unknown_fields_are_400s_naming_the_field() {
        assertProblem(world.post("/api/v1/connections", "{\"name\": \"x\", "), 400, "invalid-body", null);
        assertProblem(world.post("/api/v1/connections", "{\"name\": [1], \"vendor\": \"mikro\"}"), 400, "invalid-body",
                "name");
        assertProblem(world.post("/api/v1/connections", "{\"name\": \"x\", \"vendor\": \"mikro\", \"colour\": 1}"),
                400, "invalid-body", "colour");
        assertProblem(world.post("/api/v1/connections", "{\"name\": \"x\", \"vendor\": \"mikro\", \"config\": 5}"), 400,
                "invalid-body", "config");
        assertProblem(world.post("/api/v1/connections/mikro/parties", "{\"code\": {\"a\": 1}}"), 400, "invalid-body",
                "code");
        assertProblem(world.post("/api/v1/connections", null), 400, "invalid-body", null);
        assertThat(read(world.get("/api/v1/connections")).path("items")).hasSize(1);
    }

    @Test
    void an_oversized_body_is_a_413_whether_its_length_is_declared_or_not() {
        String big = "{\"name\": \"" + "x".repeat(5000) + "\", \"vendor\": \"mikro\"}";
        assertProblem(world.post("/api/v1/connections", big), 413, "body-too-large", "body");

        HttpRequest chunked = world.server.asAdmin("/api/v1/connections").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())))
                .build();
        assertProblem(world.server.send(chunked), 413, "body-too-large", "body");
        assertThat(read(world.get("/api/v1/connections")).path("items")).hasSize(1);
    }

    @Test
    void springs_own_refusals_are_problems_too() {
        assertProblem(world.send("DELETE", "/api/v1/connectors", null), 405, "method-not-allowed", null);
        HttpResponse<String> xml = world.server.send(world.server.asAdmin("/api/v1/connections")
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString("<a/>")).build());
        assertProblem(xml, 415, "unsupported-media-type", null);
        assertProblem(world.get("/api/v1/no-such-area"), 404, "not-found", null);
        assertProblem(world.get("/api/v1/connections/424242"), 404, "not-found", "connection");
    }

    @Test
    void a_secret_that_cannot_be_decrypted_is_a_500_whose_correlation_id_is_in_the_log() throws Exception {
        Map<String, String> config = world.mikroConfig(Map.of());
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
        String sealedElsewhere = new ConnectionVault(SecretBox.ofBase64(otherKey)).seal("mikro", config);
        SyncStore store = world.server.bean(SyncStore.class);
        long id = store.transaction(tx -> store.connections().add(tx, "mikro", "mikro-other-key", sealedElsewhere))
                .id();

        HttpResponse<String> response = world.get("/api/v1/connections/mikro-other-key/parties");
        store.inTransaction(tx -> tx.update("DELETE FROM connections WHERE id = ?", id));

        assertProblem(response, 500, "internal-error", null);
        String correlationId = read(response).path("correlationId").asText();
        assertThat(correlationId).isNotBlank();
        assertThat(response.body()).doesNotContain("decrypted");
        assertThat(Files.readString(world.server.home().resolve("logs/kopru.log")))
                .contains("correlationId " + correlationId).contains("cannot be decrypted");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValue("application/problem+json");
        assertThat(read(response).path("type").asText()).isEqualTo("https://kopru.dev/problems/" + type);
        assertThat(read(response).path("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(read(response).path("field").asText()).as(response.body()).isEqualTo(field);
        }
    }
}
