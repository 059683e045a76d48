package dev.kopru.server.runs;

import dev.kopru.sync.pipeline.RunListener;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.RunCounts;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live progress of runs as server-sent events: {@code progress} after each committed page and {@code finished} at
 * the end. The run's thread only puts the event in each subscriber's own bounded queue; every subscriber has a
 * thread of its own that writes to its connection, so a slow or stalled client never holds a run back (it loses its
 * oldest events instead).
 */
public final class RunEvents implements RunListener, AutoCloseable {

    /** The {@code progress} event's data. */
    public record Progress(long runId, long pipelineId, CountsView counts) {
    }

    /** The {@code finished} event's data: the run's final report. */
    public record Finished(long runId, long pipelineId, Run.State state, RunOutcome outcome, CountsView counts,
                           String error) {
    }

    record Event(long id, String name, long pipelineId, Object data) {
    }

    private final Set<SseSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();
    private final Duration keepAlive;
    private final int queueSize;

    public RunEvents(Duration keepAlive, int queueSize) {
        this.keepAlive = keepAlive;
        this.queueSize = queueSize;
    }

    /** A new stream of the events of one pipeline, or of all pipelines when {@code pipelineId} is null. */
    public SseEmitter subscribe(Long pipelineId, Duration timeout) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        SseSubscriber subscriber = new SseSubscriber(emitter, pipelineId, queueSize, keepAlive, subscribers::remove);
        subscribers.add(subscriber);
        subscriber.start();
        return emitter;
    }

    int subscriberCount() {
        return subscribers.size();
    }

    @Override
    public void pageCommitted(long pipelineId, long runId, RunCounts countsSoFar) {
        publish("progress", pipelineId, new Progress(runId, pipelineId, CountsView.of(countsSoFar)));
    }

    @Override
    public void finished(long pipelineId, RunReport report) {
        publish("finished", pipelineId, new Finished(report.runId(), pipelineId, report.state(),
                RunOutcome.of(report.state(), report.counts()), CountsView.of(report.counts()), report.error()));
    }

    private void publish(String name, long pipelineId, Object data) {
        if (subscribers.isEmpty()) {
            return;
        }
        Event event = new Event(ids.incrementAndGet(), name, pipelineId, data);
        for (SseSubscriber subscriber : subscribers) {
            subscriber.offer(event);
        }
    }

    @Override
    public void close() {
        subscribers.forEach(SseSubscriber::stop);
    }
}
