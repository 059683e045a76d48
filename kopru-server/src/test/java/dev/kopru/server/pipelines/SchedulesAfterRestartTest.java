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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schedules live in the server's table: a restart keeps them in place and puts back one the scheduler lost. */
class SchedulesAfterRestartTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_restart_keeps_schedules_in_place_and_restores_a_lost_one() throws Exception {
        Path dir = Files.createTempDirectory("kopru-restart-");
        String url = "jdbc:h2:file:" + dir.resolve("kopru") + ";DB_CLOSE_ON_EXIT=FALSE";
        Map<String, Object> database = Map.of("kopru.database-url", url);
        long kept;
        long lost;
        long paused;
        String keptNextRun;
        try (TestServer first = TestServer.start(database);
             MikroCompanies mikro = new MikroCompanies(first, "restart", 1)) {
            kept = create(first, mikro.pipelineJson("kept", "{\"every\":\"PT1H\"}"));
            lost = create(first, mikro.pipelineJson("lost", "{\"cron\":\"0 0 3 * * *\"}"));
            paused = create(first, mikro.pipelineJson("paused", "{\"every\":\"PT1H\"}"));
            first.post("/api/v1/pipelines/" + paused + "/pause", "");
            keptNextRun = view(first, kept).get("nextRunAt").asText();
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement lose = c.prepareStatement("DELETE FROM scheduled_tasks WHERE task_instance = ?")) {
            lose.setString(1, Long.toString(lost));
            assertThat(lose.executeUpdate()).isEqualTo(1);
        }

        try (TestServer second = TestServer.start(database)) {
            assertThat(view(second, kept).get("nextRunAt").asText()).isEqualTo(keptNextRun);
            assertThat(view(second, lost).get("nextRunAt").isNull()).isFalse();
            assertThat(view(second, paused).get("paused").asBoolean()).isTrue();
            assertThat(view(second, paused).get("nextRunAt").isNull()).isTrue();
        }
    }

    private static long create(TestServer server, String json) throws Exception {
        var response = server.post("/api/v1/pipelines", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private static JsonNode view(TestServer server, long id) throws Exception {
        return JSON.readTree(server.get("/api/v1/pipelines/" + id).body());
    }
}
