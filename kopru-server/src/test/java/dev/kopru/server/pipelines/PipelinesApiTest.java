package dev.kopru.server.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.server.app.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pipelines API against a real server and two Mikro sandboxes, over HTTP. */
class PipelinesApiTest {

    static final int PARTIES = 30;
    static final Duration WAIT = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicInteger NAMES = new AtomicInteger();

    static TestServer server;
    MikroCompanies mikro;
    String name;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(Map.of("kopru.scheduler-poll-interval", "PT0.2S",
                "kopru.schedule-retry-interval", "PT0.2S"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startMikros() {
        name = "parties-" + NAMES.incrementAndGet();
        mikro = new MikroCompanies(server, name, PARTIES);
    }

    @AfterEach
    void stopMikros() {
        mikro.close();
    }

    @Test
    void a_pipeline_runs_with_live_progress_and_its_dead_letter_is_replayed_once_fixed() throws Exception {
        String bad = "120.99.00001";
        mikro.addPartyWithBadTaxId(bad);
        JsonNode created = created(mikro.pipelineJson(name, "null"));
        long id = created.get("id").asLong();
        assertThat(created.get("version").asInt()).isEqualTo(1);
        assertThat(created.get("paused").asBoolean()).isFalse();
        assertThat(created.get("lastRun").isNull()).isTrue();

        List<EventStream.Event> progress = new ArrayList<>();
        EventStream.Event finished;
        try (EventStream events = new EventStream(server, "/api/v1/pipelines/" + id + "/events");
             EventStream all = new EventStream(server, "/api/v1/events")) {
            assertThat(events.status).isEqualTo(200);
            events.awaitSubscribed();
            all.awaitSubscribed();

            HttpResponse<String> run = server.post("/api/v1/pipelines/" + id + "/run", "");
            assertThat(run.statusCode()).isEqualTo(202);
            assertThat(json(run).get("triggered").asText()).isEqualTo("DUE");
            assertThat(json(run).get("events").asText()).isEqualTo("/api/v1/pipelines/" + id + "/events");

            EventStream.Event event = events.next(WAIT);
            while (event.name().equals("progress")) {
                progress.add(event);
                event = events.next(WAIT);
            }
            finished = event;
            EventStream.Event seenByAll = all.next(WAIT);
            while (!seenByAll.name().equals("finished")) {
                seenByAll = all.next(WAIT);
            }
            assertThat(seenByAll.data()).isEqualTo(finished.data());
        }
        // 31 cards in pages of 7: five pages, each committed and reported with the counts so far
        assertThat(progress).hasSize(5);
        assertThat(progress).allSatisfy(p -> assertThat(p.data().get("pipelineId").asLong()).isEqualTo(id));
        assertThat(progress.getLast().data().at("/counts/read").asLong()).isEqualTo(PARTIES + 1);
        assertThat(progress.getFirst().data().at("/counts/read").asLong()).isEqualTo(7);
        assertThat(finished.name()).isEqualTo("finished");
        assertThat(finished.data().get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(finished.data().at("/counts/written").asLong()).isEqualTo(PARTIES);
        assertThat(finished.data().at("/counts/failed").asLong()).isEqualTo(1);
        long runId = finished.data().get("runId").asLong();

        JsonNode runs = json(server.get("/api/v1/pipelines/" + id + "/runs?limit=10"));
        assertThat(runs.get("items")).hasSize(1);
        JsonNode runView = json(server.get("/api/v1/runs/" + runId));
        assertThat(runView.get("pipelineName").asText()).isEqualTo(name);
        assertThat(runView.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(runView.at("/counts/read").asLong()).isEqualTo(PARTIES + 1);
        assertThat(runView.get("durationMs").asLong()).isNotNegative();
        assertThat(runView.get("endedAt").isNull()).isFalse();
        assertThat(json(server.get("/api/v1/runs?limit=50")).get("items").findValuesAsText("id"))
                .contains(Long.toString(runId));
        assertThat(json(server.get("/api/v1/pipelines/" + id)).at("/lastRun/id").asLong()).isEqualTo(runId);

        JsonNode letters = json(server.get("/api/v1/pipelines/" + id + "/dead-letters")).get("items");
        assertThat(letters).hasSize(1);
        JsonNode letter = letters.get(0);
        assertThat(letter.get("sourceKey").asText()).isEqualTo(bad);
        assertThat(letter.get("outcome").asText()).isEqualTo("Validation");
        assertThat(letter.get("field").asText()).isEqualTo("taxId");
        assertThat(letter.get("record").toString()).contains("1234567891");
        assertThat(letter.get("attempts").isArray()).isTrue();
        assertThat(json(server.get("/api/v1/pipelines/" + id + "/intents?state=IN_DOUBT")).get("items")).isEmpty();

        mikro.fixTaxId(bad);
        HttpResponse<String> replayed = server.post("/api/v1/pipelines/" + id + "/dead-letters/"
                + letter.get("id").asLong() + "/replay", "");
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(json(replayed).get("result").asText()).isEqualTo("Created");
        assertThat(json(replayed).get("state").asText()).isEqualTo("REPLAYED");
        assertThat(json(server.get("/api/v1/pipelines/" + id + "/dead-letters")).get("items")).isEmpty();
        assertThat(json(server.get("/api/v1/pipelines/" + id + "/dead-letters?state=REPLAYED")).get("items"))
                .hasSize(1);
        assertThat(server.post("/api/v1/pipelines/" + id + "/dead-letters/" + letter.get("id").asLong()
                + "/replay", "").statusCode()).isEqualTo(409);
        assertThat(json(server.post("/api/v1/pipelines/" + id + "/dead-letters/replay", "")).get("items")).isEmpty();

        String metrics = server.get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("kopru_pipeline_records_total\\{outcome=\"written\",pipeline=\"" + id
                + "\"} 30\\.0");
        assertThat(metrics).containsPattern("kopru_pipeline_records_total\\{outcome=\"failed\",pipeline=\"" + id
                + "\"} 1\\.0");
        assertThat(metrics).containsPattern("kopru_pipeline_runs_total\\{pipeline=\"" + id
                + "\",state=\"SUCCEEDED\"} 1\\.0");
        assertThat(metrics).contains("kopru_pipeline_run_duration_seconds_count{pipeline=\"" + id + "\"");
        assertThat(metrics).containsPattern("kopru_connector_requests_seconds_count\\{connection=\"" + mikro.targetId
                + "\",operation=\"create\",outcome=\"ok\",vendor=\"mikro\"} 31\\R"); // 30 by the run, 1 by the replay
        assertThat(metrics).contains("kopru_connector_throttled_seconds_total{connection=\"" + mikro.sourceId + "\"");
    }

    static JsonNode created(String body) throws Exception {
        HttpResponse<String> response = server.post("/api/v1/pipelines", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.statusCode() + " " + response.body(), e);
        }
    }

    static HttpResponse<String> put(String path, String json) {
        return server.send(server.asAdmin(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static HttpResponse<String> delete(String path) {
        return server.send(server.asAdmin(path).DELETE().build());
    }
}
