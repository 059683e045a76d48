package dev.kopru.server.runs;

import dev.kopru.server.problems.NotFoundException;
import dev.kopru.server.security.CredentialsRevoked;
import dev.kopru.sync.store.SyncStore;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of runs as they happen. A stream ends after {@code kopru.events-timeout} (default 30 minutes);
 * browsers' {@code EventSource} reconnects by itself.
 */
@RestController
class RunEventsController {

    private final RunEvents events;
    private final SyncStore store;
    private final Duration timeout;

    RunEventsController(RunEvents events, SyncStore store, @Value("${kopru.events-timeout:PT30M}") Duration timeout) {
        this.events = events;
        this.store = store;
        this.timeout = timeout;
    }

    @Operation(summary = "Live progress and finished events of every pipeline's runs (text/event-stream)")
    @GetMapping(path = "/api/v1/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter all(Authentication caller) {
        return events.subscribe(null, timeout, CredentialsRevoked.principalOf(caller));
    }

    @Operation(summary = "Live progress and finished events of one pipeline's runs (text/event-stream)")
    @GetMapping(path = "/api/v1/pipelines/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter ofPipeline(@PathVariable long id, Authentication caller) {
        if (store.transaction(tx -> store.pipelines().find(tx, id)).isEmpty()) {
            throw new NotFoundException("pipeline", "no pipeline with id " + id);
        }
        return events.subscribe(id, timeout, CredentialsRevoked.principalOf(caller));
    }
}
