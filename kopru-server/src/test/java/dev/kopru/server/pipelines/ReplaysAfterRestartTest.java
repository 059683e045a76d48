package dev.kopru.server.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.server.app.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A replay queued for the end of a run is a row in the server's store: a restart does not forget it. */
class ReplaysAfterRestartTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_replay_queued_before_a_restart_is_made_after_it() throws Exception {
        Path dir = Files.createTempDirectory("kopru-replays-");
        String url = "jdbc:h2:file:" + dir.resolve("kopru") + ";DB_CLOSE_ON_EXIT=FALSE";
        // the same home: the same key for the connections' secrets
        Map<String, Object> settings = Map.of("kopru.database-url", url, "kopru.home", dir.toString());
        String bad = "120.99.00003";
        long pipeline;
        long letter;
        MikroCompanies mikro;
        try (TestServer first = TestServer.start(settings)) {
            mikro = new MikroCompanies(first, "replays", 2);
            mikro.addPartyWithBadTaxId(bad);
            pipeline = JSON.readTree(first.post("/api/v1/pipelines", mikro.pipelineJson("replays", "null")).body())
                    .get("id").asLong();
            first.post("/api/v1/pipelines/" + pipeline + "/run", "");
            PipelinesApiTest.await(() -> open(first, pipeline) == 1
                    && !first.bean(PipelineCatalog.class).running(pipeline));
            letter = JSON.readTree(first.get("/api/v1/pipelines/" + pipeline + "/dead-letters").body())
                    .at("/items/0/id").asLong();
        }
        try (mikro) {
            mikro.fixTaxId(bad);
            // as the API leaves it when a replay is asked for while the pipeline runs and the server then stops
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 PreparedStatement queue = c.prepareStatement("INSERT INTO queued_replays (pipeline_id,"
                         + " dead_letter_id, queued_at) VALUES (?, ?, ?)")) {
                queue.setLong(1, pipeline);
                queue.setLong(2, letter);
                queue.setTimestamp(3, Timestamp.from(Instant.now()));
                assertThat(queue.executeUpdate()).isEqualTo(1);
            }

            try (TestServer second = TestServer.start(settings)) {
                PipelinesApiTest.await(() -> open(second, pipeline) == 0);
                JsonNode replayed = JSON.readTree(second.get("/api/v1/pipelines/" + pipeline
                        + "/dead-letters?state=REPLAYED").body()).get("items");
                assertThat(replayed.findValuesAsText("id")).containsExactly(Long.toString(letter));
            }
        }
    }

    private static long open(TestServer server, long pipeline) {
        try {
            return JSON.readTree(server.get("/api/v1/pipelines/" + pipeline).body()).get("openDeadLetters").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
