package dev.kopru.server.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.app.TestServer;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.RunCounts;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Live run events through a real server: many subscribers, and one that stops reading. */
class RunEventsTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void a_subscriber_that_stops_reading_never_holds_a_run_back() throws Exception {
        RunEvents events = server.bean(RunEvents.class);
        HttpResponse<InputStream> stalled = server.http().send(server.asAdmin("/api/v1/events")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream neverRead = stalled.body();
             EventStream reader = new EventStream(server, "/api/v1/events");
             EventStream second = new EventStream(server, "/api/v1/events")) {
            reader.awaitSubscribed();
            second.awaitSubscribed();
            assertThat(events.subscriberCount()).isEqualTo(3);

            // far more than the stalled connection's socket buffers hold: its writer blocks, the run's thread must not
            int pages = 50_000;
            for (int page = 1; page <= pages; page++) {
                events.pageCommitted(42, 7, new RunCounts(page, page, 0, 0, 0, 0, 0, 0));
            }
            events.finished(42, new RunReport(7, Run.State.SUCCEEDED, new RunCounts(pages, pages, 0, 0, 0, 0, 0, 0),
                    null));

            EventStream.Event event = reader.next(Duration.ofSeconds(60));
            long lastRead = 0;
            while (event.name().equals("progress")) {
                long read = event.data().at("/counts/read").asLong();
                assertThat(read).isGreaterThan(lastRead); // in order; a slow reader may skip some
                lastRead = read;
                event = reader.next(Duration.ofSeconds(60));
            }
            assertThat(event.name()).isEqualTo("finished");
            assertThat(event.data().get("runId").asLong()).isEqualTo(7);
            assertThat(event.data().get("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(event.data().at("/counts/read").asLong()).isEqualTo(pages);
            EventStream.Event last = second.next(Duration.ofSeconds(60));
            while (!last.name().equals("finished")) {
                last = second.next(Duration.ofSeconds(60));
            }
            assertThat(last.data()).isEqualTo(event.data());
            assertThat(stalled.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void events_of_an_unknown_pipeline_are_a_404() {
        assertThat(server.send(server.asAdmin("/api/v1/pipelines/999999/events").GET().build()).statusCode())
                .isEqualTo(404);
    }
}
