package dev.kopru.server.runs;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's event stream: a bounded queue filled by runs and a virtual thread that drains it into the client's
 * connection. A full queue drops its oldest event (progress counts are cumulative, the next one says more); a quiet
 * stream gets a comment every {@code keepAlive} so a client that went away is noticed and removed.
 */
final class SseSubscriber {

    private final SseEmitter emitter;
    private final Long pipelineId;
    private final LinkedBlockingDeque<RunEvents.Event> queue;
    private final Duration keepAlive;
    private final Consumer<SseSubscriber> onEnd;
    private volatile boolean stopped;
    private Thread writer;

    SseSubscriber(SseEmitter emitter, Long pipelineId, int queueSize, Duration keepAlive,
                  Consumer<SseSubscriber> onEnd) {
        this.emitter = emitter;
        this.pipelineId = pipelineId;
        this.queue = new LinkedBlockingDeque<>(queueSize);
        this.keepAlive = keepAlive;
        this.onEnd = onEnd;
        emitter.onCompletion(this::stop);
        emitter.onTimeout(this::stop);
        emitter.onError(e -> stop());
    }

    void start() {
        writer = Thread.ofVirtual().name("kopru-sse-" + (pipelineId == null ? "all" : pipelineId)).start(this::drain);
    }

    /** Called on a run's thread: never blocks. */
    void offer(RunEvents.Event event) {
        if (stopped || (pipelineId != null && pipelineId != event.pipelineId())) {
            return;
        }
        while (!queue.offerLast(event)) {
            queue.pollFirst();
        }
    }

    void stop() {
        stopped = true;
        onEnd.accept(this);
        if (writer != null) {
            writer.interrupt();
        }
    }

    private void drain() {
        try {
            // the first bytes tell the client it is subscribed: no event of a run that starts now is missed
            emitter.send(SseEmitter.event().comment("subscribed"));
            while (!stopped) {
                RunEvents.Event event = queue.pollFirst(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
                if (event == null) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                } else {
                    emitter.send(SseEmitter.event().id(Long.toString(event.id())).name(event.name())
                            .data(event.data(), MediaType.APPLICATION_JSON));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | IllegalStateException e) {
            // the client went away or the stream timed out
        } finally {
            stopped = true;
            onEnd.accept(this);
            try {
                emitter.complete();
            } catch (RuntimeException e) {
                // already completed by the container
            }
        }
    }
}
