package dev.kopru.server.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.dia.sandbox.DiaSandboxOptions;
import dev.kopru.server.app.TestServer;
import dev.kopru.server.demo.DemoConnections;
import dev.kopru.server.runs.EventStream;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
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
            while (!event.name().equals("finished")) {
                if (event.name().equals("progress")) {
                    progress.add(event);
                } else {
                    assertThat(event.name()).isEqualTo("activity");
                    assertThat(event.data().get("phase").asText()).isIn("READING", "WRITING");
                }
                event = events.next(WAIT);
            }
            finished = event;
            // the stream of all pipelines may also carry other tests' runs
            EventStream.Event seenByAll = all.next(WAIT);
            while (!seenByAll.name().equals("finished") || seenByAll.data().path("pipelineId").asLong() != id) {
                seenByAll = all.next(WAIT);
            }
            assertThat(seenByAll.data()).isEqualTo(finished.data());
        }
        // 31 cards in pages of 7: five pages, each committed and reported with the counts so far
        assertThat(progress).hasSize(5);
        assertThat(progress).allSatisfy(p -> assertThat(p.data().get("pipelineId").asLong()).isEqualTo(id));
        assertThat(progress.getLast().data().at("/counts/read").asLong()).isEqualTo(PARTIES + 1);
        assertThat(progress.getFirst().data().at("/counts/read").asLong()).isEqualTo(7);
        assertThat(progress.getLast().data().get("phase").asText()).isEqualTo("COMMITTED");
        assertThat(progress.getLast().data().get("elapsedMs").asLong()).isNotNegative();
        assertThat(finished.name()).isEqualTo("finished");
        assertThat(finished.data().get("state").asText()).isEqualTo("SUCCEEDED");
        // it reached the end of the source, but one record waits in dead letters: not a plain success
        assertThat(finished.data().get("outcome").asText()).isEqualTo("SUCCEEDED_WITH_FAILURES");
        assertThat(finished.data().at("/counts/written").asLong()).isEqualTo(PARTIES);
        assertThat(finished.data().at("/counts/failed").asLong()).isEqualTo(1);
        long runId = finished.data().get("runId").asLong();

        JsonNode runs = json(server.get("/api/v1/pipelines/" + id + "/runs?limit=10"));
        assertThat(runs.get("items")).hasSize(1);
        JsonNode runView = json(server.get("/api/v1/runs/" + runId));
        assertThat(runView.get("pipelineName").asText()).isEqualTo(name);
        assertThat(runView.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(runView.get("outcome").asText()).isEqualTo("SUCCEEDED_WITH_FAILURES");
        assertThat(runView.at("/counts/read").asLong()).isEqualTo(PARTIES + 1);
        assertThat(runView.get("durationMs").asLong()).isNotNegative();
        assertThat(runView.get("endedAt").isNull()).isFalse();
        assertThat(json(server.get("/api/v1/runs?limit=50")).get("items").findValuesAsText("id"))
                .contains(Long.toString(runId));
        // each pipeline's own last runs, however many runs other pipelines made since
        JsonNode latest = json(server.get("/api/v1/runs/latest?each=1")).get("items");
        assertThat(latest.findValuesAsText("pipelineId")).doesNotHaveDuplicates().contains(Long.toString(id));
        assertThat(latest.findValuesAsText("id")).contains(Long.toString(runId));
        assertField(server.get("/api/v1/runs/latest?each=0"), 400, "each");
        JsonNode afterRun = json(server.get("/api/v1/pipelines/" + id));
        assertThat(afterRun.at("/lastRun/id").asLong()).isEqualTo(runId);
        assertThat(afterRun.get("openDeadLetters").asLong()).isEqualTo(1);
        assertThat(afterRun.get("inDoubt").asLong()).isZero();
        assertThat(afterRun.get("health").asText()).isEqualTo("ATTENTION");

        JsonNode letters = json(server.get("/api/v1/pipelines/" + id + "/dead-letters")).get("items");
        assertThat(letters).hasSize(1);
        JsonNode letter = letters.get(0);
        assertThat(letter.get("sourceKey").asText()).isEqualTo(bad);
        assertThat(letter.get("outcome").asText()).isEqualTo("Validation");
        assertThat(letter.get("field").asText()).isEqualTo("taxId");
        assertThat(letter.get("record").toString()).contains("1234567891");
        assertThat(letter.get("attempts").isArray()).isTrue();
        assertThat(json(server.get("/api/v1/pipelines/" + id + "/intents?state=IN_DOUBT")).get("items")).isEmpty();
        // filters: by stage, by a text in any case (here the field's name), across pipelines or of one
        String base = "/api/v1/pipelines/" + id + "/dead-letters";
        assertThat(json(server.get(base + "?stage=WRITE&q=TAXID")).get("items")).hasSize(1);
        assertThat(json(server.get(base + "?stage=READ")).get("items")).isEmpty();
        assertThat(json(server.get(base + "?q=no-such-text")).get("items")).isEmpty();
        assertField(server.get(base + "?stage=SOMEWHERE"), 400, "stage");
        assertThat(json(server.get("/api/v1/dead-letters?q=" + bad)).get("items").findValuesAsText("pipelineId"))
                .containsExactly(Long.toString(id));
        assertThat(json(server.get("/api/v1/dead-letters?pipeline=" + id + "&stage=WRITE")).get("items")).hasSize(1);
        // a selection that names no letter of this pipeline replays nothing
        assertThat(json(server.post(base + "/replay", "{\"ids\":[" + (letter.get("id").asLong() + 1000) + "]}"))
                .get("items")).isEmpty();

        mikro.fixTaxId(bad);
        HttpResponse<String> replayed = server.post(base + "/replay", "{\"ids\":[" + letter.get("id").asLong()
                + "],\"stage\":\"WRITE\",\"text\":\"" + bad + "\"}");
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(json(replayed).at("/items/0/result").asText()).isEqualTo("Created");
        assertThat(json(replayed).at("/items/0/state").asText()).isEqualTo("REPLAYED");
        assertThat(json(server.get("/api/v1/pipelines/" + id + "/dead-letters")).get("items")).isEmpty();
        assertThat(json(server.get("/api/v1/pipelines/" + id + "/dead-letters?state=REPLAYED")).get("items"))
                .hasSize(1);
        assertThat(json(server.get("/api/v1/pipelines/" + id + "/dead-letters?state=RETRYING")).get("items"))
                .isEmpty();
        assertThat(server.post("/api/v1/pipelines/" + id + "/dead-letters/" + letter.get("id").asLong()
                + "/replay", "").statusCode()).isEqualTo(409);
        assertThat(json(server.post("/api/v1/pipelines/" + id + "/dead-letters/replay", "")).get("items")).isEmpty();
        JsonNode afterReplay = json(server.get("/api/v1/pipelines/" + id));
        assertThat(afterReplay.get("openDeadLetters").asLong()).isZero();
        assertThat(afterReplay.get("health").asText()).isEqualTo("OK");

        String metrics = server.get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("kopru_pipeline_records_total\\{outcome=\"written\",pipeline=\"" + id
                + "\"} 30\\.0");
        assertThat(metrics).containsPattern("kopru_pipeline_records_total\\{outcome=\"failed\",pipeline=\"" + id
                + "\"} 1\\.0");
        assertThat(metrics).containsPattern("kopru_pipeline_runs_total\\{outcome=\"SUCCEEDED_WITH_FAILURES\","
                + "pipeline=\"" + id + "\",state=\"SUCCEEDED\"} 1\\.0");
        assertThat(metrics).contains("kopru_pipeline_run_duration_seconds_count{pipeline=\"" + id + "\"");
        assertThat(metrics).containsPattern("kopru_connector_requests_seconds_count\\{connection=\"" + mikro.targetId
                + "\",operation=\"create\",outcome=\"ok\",vendor=\"mikro\"} 31\\R"); // 30 by the run, 1 by the replay
        assertThat(metrics).contains("kopru_connector_throttled_seconds_total{connection=\"" + mikro.sourceId + "\"");

        // the pipeline ran (runs, links, intents, a replayed dead letter): it is deleted with every row it left
        assertThat(delete("/api/v1/pipelines/" + id).statusCode()).isEqualTo(204);
        assertThat(server.get("/api/v1/pipelines/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void a_replay_asked_for_while_the_pipeline_runs_is_queued_and_made_when_the_run_ends() throws Exception {
        String bad = "120.99.00002";
        mikro.addPartyWithBadTaxId(bad);
        long id = created(mikro.pipelineJson(name, "null")).get("id").asLong();
        server.post("/api/v1/pipelines/" + id + "/run", "");
        await(() -> runCount(id) == 1 && !server.bean(PipelineCatalog.class).running(id)
                && json(server.get("/api/v1/pipelines/" + id)).get("openDeadLetters").asLong() == 1);
        long letter = json(server.get("/api/v1/pipelines/" + id + "/dead-letters")).at("/items/0/id").asLong();
        mikro.fixTaxId(bad);

        // every call to the source of the next run waits 3 s: the run is still going when the replays are asked for
        mikro.source.faults().latency(Duration.ofSeconds(3));
        server.post("/api/v1/pipelines/" + id + "/run", "");
        await(() -> server.bean(PipelineCatalog.class).running(id));
        HttpResponse<String> one = server.post("/api/v1/pipelines/" + id + "/dead-letters/" + letter + "/replay", "");
        assertThat(one.statusCode()).as(one.body()).isEqualTo(202);
        assertThat(json(one).get("result").asText()).isEqualTo("Queued");
        HttpResponse<String> all = server.post("/api/v1/pipelines/" + id + "/dead-letters/replay", "");
        assertThat(all.statusCode()).isEqualTo(202);
        assertThat(json(all).at("/items/0/result").asText()).isEqualTo("Queued");

        await(() -> json(server.get("/api/v1/pipelines/" + id)).get("openDeadLetters").asLong() == 0);
        mikro.source.faults().latency(Duration.ZERO);
        assertThat(json(server.get("/api/v1/pipelines/" + id + "/dead-letters?state=REPLAYED")).get("items"))
                .hasSize(1);
        assertThat(json(server.get("/api/v1/pipelines/" + id + "/runs")).at("/items/0/state").asText())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void a_schedule_runs_the_pipeline_pause_stops_it_and_resume_brings_it_back() throws Exception {
        long id = created(mikro.pipelineJson(name, "{\"every\":\"PT1S\"}")).get("id").asLong();
        PipelineCatalog catalog = server.bean(PipelineCatalog.class);
        awaitRuns(id, 2);

        JsonNode paused = json(server.post("/api/v1/pipelines/" + id + "/pause", ""));
        assertThat(paused.get("paused").asBoolean()).isTrue();
        assertThat(paused.at("/schedule/every").asText()).isEqualTo("PT1S");
        // a run in progress finishes; then the scheduler holds nothing more for the pipeline
        await(() -> !catalog.running(id) && server.bean(dev.kopru.sync.schedule.PipelineScheduler.class)
                .existing(id).isEmpty());
        JsonNode view = json(server.get("/api/v1/pipelines/" + id));
        assertThat(view.get("nextRunAt").isNull()).isTrue();
        assertThat(view.get("running").asBoolean()).isFalse();
        HttpResponse<String> webhook = server.post("/api/v1/pipelines/" + id + "/webhook", "{}");
        assertThat(webhook.statusCode()).isEqualTo(409);
        assertThat(json(webhook).get("field").asText()).isEqualTo("paused");

        JsonNode resumed = json(server.post("/api/v1/pipelines/" + id + "/resume", ""));
        assertThat(resumed.get("paused").asBoolean()).isFalse();
        int before = runCount(id);
        awaitRuns(id, before + 1);
        HttpResponse<String> hook = server.post("/api/v1/pipelines/" + id + "/webhook", "{}");
        assertThat(hook.statusCode()).isEqualTo(202);
        assertThat(json(hook).get("triggered").asText()).isIn("DUE", "ALREADY_RUNNING");

        JsonNode listed = json(server.get("/api/v1/pipelines"));
        assertThat(listed.get("items").findValuesAsText("name")).contains(name);
        assertThat(listed.get("next").isNull()).isTrue();
    }

    @Test
    void a_dia_target_out_of_kontor_pauses_the_pipeline_with_dias_words_and_resume_finishes_the_copy_once()
            throws Exception {
        DiaSandbox target = new DiaSandbox(DiaSandboxOptions.builder().demoSeed(5).demoSize(0).build());
        try (Sandbox from = Sandbox.start(new DiaSandbox(DiaSandboxOptions.builder().demoSeed(11).demoSize(12)
                .build()), 0); Sandbox to = Sandbox.start(target, 0)) {
            SyncStore store = server.bean(SyncStore.class);
            ConnectionVault vault = server.bean(ConnectionVault.class);
            long[] ids = store.transaction(tx -> new long[] {
                store.connections().add(tx, "dia", name + "-dia-from", vault.seal("dia",
                        DemoConnections.config("dia", from.baseUri()).orElseThrow())).id(),
                store.connections().add(tx, "dia", name + "-dia-to", vault.seal("dia",
                        DemoConnections.config("dia", to.baseUri()).orElseThrow())).id()});
            target.kontor(new BigDecimal("0.0625")); // five calls
            long id = created(mikro.pipelineJson(name, "{\"every\":\"PT1S\"}")
                    .replace("\"connectionId\":" + mikro.sourceId, "\"connectionId\":" + ids[0])
                    .replace("\"connectionId\":" + mikro.targetId, "\"connectionId\":" + ids[1])).get("id").asLong();

            await(() -> json(server.get("/api/v1/pipelines/" + id)).get("paused").asBoolean()
                    && server.bean(dev.kopru.sync.schedule.PipelineScheduler.class).existing(id).isEmpty());
            JsonNode paused = json(server.get("/api/v1/pipelines/" + id));
            assertThat(paused.get("pausedReason").asText()).startsWith("kontör bitti")
                    .contains("CREDIT_ERROR", "Yetersiz kontör");
            assertThat(paused.get("nextRunAt").isNull()).isTrue();
            assertThat(paused.at("/lastRun/state").asText()).isEqualTo("FAILED");
            assertThat(runCount(id)).isEqualTo(1);

            target.kontor(new BigDecimal("1000"));
            JsonNode resumed = json(server.post("/api/v1/pipelines/" + id + "/resume", ""));
            assertThat(resumed.get("paused").asBoolean()).isFalse();
            assertThat(resumed.get("pausedReason").isNull()).isTrue();
            await(() -> "SUCCEEDED".equals(json(server.get("/api/v1/pipelines/" + id)).at("/lastRun/state")
                    .asText()));
            server.post("/api/v1/pipelines/" + id + "/pause", "");
            JsonNode parties = json(server.get("/api/v1/connections/" + ids[1] + "/parties?limit=100"));
            List<String> codes = parties.get("items").findValuesAsText("code");
            assertThat(codes).hasSize(12).doesNotHaveDuplicates();
        }
    }

    @Test
    void refuses_bad_definitions_naming_the_field() {
        assertField(server.post("/api/v1/pipelines", "{\"name\":\"x\"}"), 400, "source");
        assertField(server.post("/api/v1/pipelines", mikro.pipelineJson(name, "null")
                .replace("\"entity\":\"party\"}", "\"entity\":\"parties\"}")), 400, "source.entity");
        assertField(server.post("/api/v1/pipelines", mikro.pipelineJson(name, "{\"every\":\"5 minutes\"}")), 400,
                "schedule.every");
        assertField(server.post("/api/v1/pipelines", mikro.pipelineJson(name, "{\"cron\":\"not cron\"}")), 400,
                "schedule.cron");
        assertField(server.post("/api/v1/pipelines", mikro.pipelineJson(name, "null")
                .replace("\"connectionId\":" + mikro.sourceId, "\"connectionId\":999999")), 400,
                "source.connectionId");
        assertField(server.post("/api/v1/pipelines", mikro.pipelineJson(name, "null")
                .replace("\"batchSize\":7", "\"batchSize\":0")), 400, "batchSize");
        assertField(server.post("/api/v1/pipelines", mikro.pipelineJson(name, "null")
                .replace("\"options\":{}", "\"options\":{},\"colour\":1")), 400, "colour");
        assertThat(json(server.get("/api/v1/pipelines")).get("items").findValuesAsText("name")).doesNotContain(name);
        assertThat(server.get("/api/v1/pipelines/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void a_change_to_a_stale_version_is_refused_naming_both_and_delete_removes_the_pipeline() throws Exception {
        long id = created(mikro.pipelineJson(name, "null")).get("id").asLong();
        assertField(server.post("/api/v1/pipelines", mikro.pipelineJson(name, "null")), 409, "name");

        HttpResponse<String> changed = put("/api/v1/pipelines/" + id, mikro.pipelineJson(name,
                "{\"cron\":\"0 0 3 * * *\"}").replace("\"batchSize\":7", "\"batchSize\":50")
                .replaceFirst("}$", ",\"version\":1}"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("version").asInt()).isEqualTo(2);
        assertThat(json(changed).get("batchSize").asInt()).isEqualTo(50);
        assertThat(json(changed).at("/schedule/cron").asText()).isEqualTo("0 0 3 * * *");
        assertThat(json(changed).get("nextRunAt").isNull()).isFalse();

        HttpResponse<String> stale = put("/api/v1/pipelines/" + id, mikro.pipelineJson(name, "null")
                .replaceFirst("}$", ",\"version\":1}"));
        assertField(stale, 409, "version");
        assertThat(json(stale).get("detail").asText()).contains("version 2").contains("version 1");

        assertThat(delete("/api/v1/pipelines/" + id).statusCode()).isEqualTo(204);
        assertThat(server.get("/api/v1/pipelines/" + id).statusCode()).isEqualTo(404);
        assertThat(server.bean(dev.kopru.sync.schedule.PipelineScheduler.class).existing(id)).isEmpty();
        assertThat(delete("/api/v1/pipelines/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void state_is_read_set_from_a_date_and_reset_without_touching_other_pipelines() throws Exception {
        long id = created(mikro.pipelineJson(name, "null")).get("id").asLong();
        long other = created(mikro.pipelineJson(name + "-other", "null")).get("id").asLong();
        // one after the other: both write the same parties to the same target, and at the same time each would
        // refuse the other's as duplicates
        server.post("/api/v1/pipelines/" + id + "/run", "");
        awaitRuns(id, 1);
        await(() -> !server.bean(PipelineCatalog.class).running(id));
        server.post("/api/v1/pipelines/" + other + "/run", "");
        awaitRuns(other, 1);
        await(() -> !server.bean(PipelineCatalog.class).running(other));

        JsonNode state = json(server.get("/api/v1/pipelines/" + id + "/state"));
        assertThat(state.at("/cursor/value").asText()).isNotBlank();
        assertThat(state.at("/cursor/updatedAt").asText()).isNotBlank();
        assertThat(state.get("links").asLong()).isEqualTo(PARTIES);
        String otherCursor = json(server.get("/api/v1/pipelines/" + other + "/state")).at("/cursor/value").asText();

        JsonNode fromDate = json(put("/api/v1/pipelines/" + id + "/state", "{\"from\":\"2026-01-01\"}"));
        assertThat(fromDate.at("/cursor/value").asText()).isNotEqualTo(state.at("/cursor/value").asText());
        JsonNode set = json(put("/api/v1/pipelines/" + id + "/state", "{\"cursor\":\""
                + state.at("/cursor/value").asText() + "\"}"));
        assertThat(set.at("/cursor/value").asText()).isEqualTo(state.at("/cursor/value").asText());
        assertField(put("/api/v1/pipelines/" + id + "/state", "{\"from\":\"yesterday\"}"), 400, "from");
        assertField(put("/api/v1/pipelines/" + id + "/state", "{}"), 400, "cursor");

        // sides: a one-way pipeline has only A (its source); a side is A or B
        assertField(delete("/api/v1/pipelines/" + id + "/state?side=B"), 400, "side");
        assertField(delete("/api/v1/pipelines/" + id + "/state?side=C"), 400, "side");
        assertThat(json(put("/api/v1/pipelines/" + id + "/state?side=a", "{\"cursor\":\""
                + state.at("/cursor/value").asText() + "\"}")).at("/cursor/value").asText())
                .isEqualTo(state.at("/cursor/value").asText());

        HttpResponse<String> reset = delete("/api/v1/pipelines/" + id + "/state");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(json(reset).get("cursor").isNull()).isTrue();
        assertThat(json(server.get("/api/v1/pipelines/" + other + "/state")).at("/cursor/value").asText())
                .isEqualTo(otherCursor);

        // the next run reads everything again and writes nothing: the links' content hashes match
        server.post("/api/v1/pipelines/" + id + "/run", "");
        awaitRuns(id, 2);
        await(() -> json(server.get("/api/v1/pipelines/" + id + "/runs?limit=1")).at("/items/0/endedAt").isTextual());
        JsonNode again = json(server.get("/api/v1/pipelines/" + id + "/runs?limit=1")).at("/items/0");
        assertThat(again.at("/counts/read").asLong()).isEqualTo(PARTIES);
        assertThat(again.at("/counts/skipped").asLong()).isEqualTo(PARTIES);
        assertThat(again.at("/counts/written").asLong()).isZero();
    }

    static void assertField(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
        assertThat(json(response).path("field").asText()).as(response.body()).isEqualTo(field);
    }

    static int runCount(long id) {
        return json(server.get("/api/v1/pipelines/" + id + "/runs?limit=500")).get("items").size();
    }

    static void awaitRuns(long id, int atLeast) throws InterruptedException {
        await(() -> runCount(id) >= atLeast);
    }

    /** Polls {@code condition} until it holds; fails after {@link #WAIT}. */
    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(100);
        }
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
