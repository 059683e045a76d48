package dev.kopru.server.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.server.app.TestServer;
import dev.kopru.server.demo.DemoConnections;
import dev.kopru.server.runs.EventStream;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.testkit.sandbox.Sandbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server on PostgreSQL (embedded): its own migrations (users, tokens, schedules) and the queries behind the
 * connections, pipelines, runs and dead-letters API run there as they do on H2.
 */
class PostgresServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void connections_pipelines_runs_and_dead_letters_work_on_postgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             TestServer server = TestServer.start(Map.of("kopru.database-url", postgres.getJdbcUrl("postgres", "postgres"),
                     "kopru.database-user", "postgres", "kopru.database-password", "postgres",
                     "kopru.scheduler-poll-interval", "PT0.2S", "kopru.schedule-retry-interval", "PT0.2S"));
             MikroCompanies mikro = new MikroCompanies(server, "pg", 12);
             Sandbox own = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(33).demoSize(0).build()),
                     0)) {
            try (var connection = server.bean(SyncStore.class).dataSource().getConnection()) {
                assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            }

            // connections: one through the API beside the two stored by MikroCompanies
            HttpResponse<String> created = server.post("/api/v1/connections", JSON.writeValueAsString(Map.of(
                    "name", "pg-api", "vendor", "mikro",
                    "config", DemoConnections.config("mikro", own.baseUri()).orElseThrow())));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long apiConnection = json(created).get("id").asLong();
            assertThat(json(server.post("/api/v1/connections/" + apiConnection + "/test", "")).get("ok").asBoolean())
                    .isTrue();
            assertThat(json(server.get("/api/v1/connections")).get("items").findValuesAsText("name"))
                    .contains("pg-source", "pg-target", "pg-api");

            // users and tokens (the server's V1, V2)
            assertThat(server.post("/api/v1/users", "{\"username\":\"pg-viewer\",\"password\":\"long-enough\","
                    + "\"role\":\"VIEWER\"}").statusCode()).isEqualTo(201);
            assertThat(server.post("/api/v1/tokens", "{\"name\":\"pg\",\"role\":\"VIEWER\"}").statusCode())
                    .isEqualTo(201);

            // a schedule (V20), paused and resumed
            long scheduled = json(server.post("/api/v1/pipelines", mikro.pipelineJson("pg-scheduled",
                    "{\"every\":\"PT1H\"}"))).get("id").asLong();
            assertThat(json(server.post("/api/v1/pipelines/" + scheduled + "/pause", "")).get("paused").asBoolean())
                    .isTrue();
            JsonNode resumed = json(server.post("/api/v1/pipelines/" + scheduled + "/resume", ""));
            assertThat(resumed.get("paused").asBoolean()).isFalse();
            assertThat(resumed.at("/schedule/every").asText()).isEqualTo("PT1H");

            // a pipeline run now, into the company of the connection made through the API
            String bad = "120.99.00003";
            mikro.addPartyWithBadTaxId(bad);
            String body = mikro.pipelineJson("pg-parties", "null")
                    .replace("\"target\":{\"connectionId\":" + mikro.targetId, "\"target\":{\"connectionId\":" + apiConnection);
            assertThat(body).contains("\"connectionId\":" + apiConnection);
            long id = json(server.post("/api/v1/pipelines", body)).get("id").asLong();
            long runId = runToTheEnd(server, id);

            JsonNode run = json(server.get("/api/v1/runs/" + runId));
            assertThat(run.get("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(run.at("/counts/written").asLong()).isEqualTo(12);
            assertThat(run.at("/counts/failed").asLong()).isEqualTo(1);
            assertThat(json(server.get("/api/v1/pipelines/" + id + "/runs?limit=5")).get("items")).hasSize(1);
            assertThat(json(server.get("/api/v1/runs?limit=5")).get("items").findValuesAsText("id"))
                    .contains(Long.toString(runId));
            assertThat(json(server.get("/api/v1/pipelines/" + id + "/state")).get("links").asLong()).isEqualTo(12);

            JsonNode letters = json(server.get("/api/v1/pipelines/" + id + "/dead-letters")).get("items");
            assertThat(letters).hasSize(1);
            assertThat(letters.get(0).get("sourceKey").asText()).isEqualTo(bad);
            assertThat(letters.get(0).get("field").asText()).isEqualTo("taxId");
            mikro.fixTaxId(bad);
            JsonNode replay = json(server.post("/api/v1/pipelines/" + id + "/dead-letters/"
                    + letters.get(0).get("id").asLong() + "/replay", ""));
            assertThat(replay.get("state").asText()).isEqualTo("REPLAYED");
            assertThat(json(server.get("/api/v1/pipelines/" + id + "/dead-letters")).get("items")).isEmpty();
            assertThat(json(server.get("/api/v1/pipelines/" + id + "/intents?state=ALL")).get("items")).isNotNull();
        }
    }

    private static long runToTheEnd(TestServer server, long id) throws Exception {
        try (EventStream events = new EventStream(server, "/api/v1/pipelines/" + id + "/events")) {
            events.awaitSubscribed();
            assertThat(server.post("/api/v1/pipelines/" + id + "/run", "").statusCode()).isEqualTo(202);
            EventStream.Event event = events.next(WAIT);
            while (!event.name().equals("finished")) {
                event = events.next(WAIT);
            }
            return event.data().get("runId").asLong();
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}
