package dev.kopru.server.runs;

import dev.kopru.server.security.CredentialsRevoked;
import dev.kopru.sync.pipeline.RunListener;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.RunCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live progress of runs as server-sent events: {@code progress} after each committed page, {@code activity} within a
 * page (as a page read starts, and at most every {@link #ACTIVITY_EVERY_MS} ms while records are handled: the counts
 * so far, not yet committed) and {@code finished} at the end. The run's thread only puts the event in each
 * subscriber's own bounded queue; every subscriber has a thread of its own that writes to its connection, so a slow
 * or stalled client never holds a run back (it loses its oldest events instead).
 */
public final class RunEvents implements RunListener, AutoCloseable {

    static final long ACTIVITY_EVERY_MS = 500;

    /**
     * The {@code progress} and {@code activity} events' data: {@code phase} is READING, WRITING or COMMITTED (a page
     * was committed); {@code elapsedMs} counts from the run's first event on this node.
     */
    public record Progress(long runId, long pipelineId, CountsView counts, String phase, Instant startedAt,
                           long elapsedMs) {
    }

    /** When this node saw a run start, and when it last sent an activity event of it (nanoTime). */
    private record Seen(Instant startedAt, long lastActivityNanos, Phase phase) {
    }

    /** The {@code finished} event's data: the run's final report. */
    public record Finished(long runId, long pipelineId, Run.State state, RunOutcome outcome, CountsView counts,
                           String error) {
    }

    record Event(long id, String name, long pipelineId, Object data) {
    }

    /** Each open stream and the login that opened it ({@link CredentialsRevoked#principalOf}). */
    private final Map<SseSubscriber, String> subscribers = new ConcurrentHashMap<>();
    private final Map<Long, Seen> runs = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong ids = new AtomicLong();
    private final Duration keepAlive;
    private final int queueSize;

    public RunEvents(Duration keepAlive, int queueSize) {
        this.keepAlive = keepAlive;
        this.queueSize = queueSize;
    }

    /**
     * A new stream of the events of one pipeline, or of all pipelines when {@code pipelineId} is null, for
     * {@code principal}: it ends when that login is revoked.
     */
    public SseEmitter subscribe(Long pipelineId, Duration timeout, String principal) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        SseSubscriber subscriber = new SseSubscriber(emitter, pipelineId, queueSize, keepAlive, subscribers::remove);
        subscribers.put(subscriber, principal);
        subscriber.start();
        return emitter;
    }

    int subscriberCount() {
        return subscribers.size();
    }

    @Override
    public void pageCommitted(long pipelineId, long runId, RunCounts countsSoFar) {
        Seen seen = runs.computeIfAbsent(runId, id -> new Seen(clock.instant(), 0, null));
        publish("progress", pipelineId, progress(pipelineId, runId, "COMMITTED", countsSoFar, seen));
    }

    @Override
    public void activity(long pipelineId, long runId, Phase phase, RunCounts countsSoFar) {
        long now = System.nanoTime();
        Seen seen = runs.computeIfAbsent(runId, id -> new Seen(clock.instant(), 0, null));
        if (phase == seen.phase() && now - seen.lastActivityNanos() < ACTIVITY_EVERY_MS * 1_000_000) {
            return;
        }
        runs.put(runId, new Seen(seen.startedAt(), now, phase));
        publish("activity", pipelineId, progress(pipelineId, runId, phase.name(), countsSoFar, seen));
    }

    private Progress progress(long pipelineId, long runId, String phase, RunCounts counts, Seen seen) {
        return new Progress(runId, pipelineId, CountsView.of(counts), phase, seen.startedAt(),
                Duration.between(seen.startedAt(), clock.instant()).toMillis());
    }

    @Override
    public void finished(long pipelineId, RunReport report) {
        runs.remove(report.runId());
        publish("finished", pipelineId, new Finished(report.runId(), pipelineId, report.state(),
                RunOutcome.of(report.state(), report.counts()), CountsView.of(report.counts()), report.error()));
    }

    private void publish(String name, long pipelineId, Object data) {
        if (subscribers.isEmpty()) {
            return;
        }
        Event event = new Event(ids.incrementAndGet(), name, pipelineId, data);
        for (SseSubscriber subscriber : subscribers.keySet()) {
            subscriber.offer(event);
        }
    }

    /** A password changed, a user was disabled or deleted, a token was revoked: its streams end. */
    @EventListener
    void revoked(CredentialsRevoked event) {
        subscribers.forEach((subscriber, principal) -> {
            if (principal.equals(event.principal())) {
                subscriber.stop();
            }
        });
    }

    @Override
    public void close() {
        subscribers.keySet().forEach(SseSubscriber::stop);
    }
}
