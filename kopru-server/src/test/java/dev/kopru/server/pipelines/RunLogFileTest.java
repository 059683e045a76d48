package dev.kopru.server.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.server.app.TestServer;
import dev.kopru.server.runs.EventStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's log file under KOPRU_HOME/logs: one JSON object a line, a run's lines carrying its ids. */
class RunLogFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_runs_lines_in_the_log_file_carry_its_run_and_pipeline_ids() throws Exception {
        try (TestServer server = TestServer.start(Map.of("kopru.scheduler-poll-interval", "PT0.2S"));
             MikroCompanies mikro = new MikroCompanies(server, "logged", 10)) {
            mikro.addPartyWithBadTaxId("120.99.00002");
            long pipelineId = JSON.readTree(server.post("/api/v1/pipelines", mikro.pipelineJson("logged", "null"))
                    .body()).get("id").asLong();
            long runId;
            try (EventStream events = new EventStream(server, "/api/v1/pipelines/" + pipelineId + "/events")) {
                events.awaitSubscribed();
                assertThat(server.post("/api/v1/pipelines/" + pipelineId + "/run", "").statusCode()).isEqualTo(202);
                EventStream.Event event = events.next(Duration.ofSeconds(60));
                while (!event.name().equals("finished")) {
                    event = events.next(Duration.ofSeconds(60));
                }
                runId = event.data().get("runId").asLong();
            }

            Path file = server.home().resolve("logs/kopru.log");
            List<JsonNode> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(RunLogFileTest::parse)
                    .toList();
            List<JsonNode> ofTheRun = lines.stream()
                    .filter(line -> Long.toString(runId).equals(line.path("runId").asText())).toList();

            assertThat(lines).as("the server's start is logged too").hasSizeGreaterThan(1);
            assertThat(ofTheRun).isNotEmpty().allSatisfy(line -> {
                assertThat(line.path("pipelineId").asText()).isEqualTo(Long.toString(pipelineId));
                assertThat(line.path("@timestamp").asText()).isNotEmpty();
            });
            assertThat(ofTheRun).extracting(line -> line.path("message").asText()).anySatisfy(message ->
                    assertThat(message).startsWith("run " + runId + " of pipeline " + pipelineId + " SUCCEEDED_WITH_FAILURES: read 11,"
                            + " written 10, skipped 0, failed 1"));
            // the API gives the run's lines, for its page
            JsonNode viaApi = JSON.readTree(server.get("/api/v1/runs/" + runId + "/log").body()).path("items");
            assertThat(viaApi.findValuesAsText("message")).anySatisfy(message ->
                    assertThat(message).startsWith("run " + runId + " of pipeline " + pipelineId + " SUCCEEDED"));
            assertThat(viaApi.get(0).path("level").asText()).isNotEmpty();
            assertThat(server.get("/api/v1/runs/" + (runId + 1000) + "/log").statusCode()).isEqualTo(404);
            assertThat(Files.readString(file)).as("no secret of the connections")
                    .doesNotContain("admin123").doesNotContain("demo-api-key");
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
