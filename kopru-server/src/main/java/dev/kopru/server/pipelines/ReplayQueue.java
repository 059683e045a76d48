package dev.kopru.server.pipelines;

import dev.kopru.sync.pipeline.RunListener;
import dev.kopru.sync.pipeline.RunReport;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays asked for while their pipeline runs, held until the run ends instead of refused. A replay writes through
 * the same exactly-once writer as the run, and two writers of one record at the same moment could both find no link;
 * so a replay never runs beside a run. When the run is this node's, the replays run on the run's own thread as it
 * finishes, while the scheduler still holds the pipeline (no other run can start in between); a run on another node
 * is waited for by polling, which leaves the same small window a replay asked for between two runs always had.
 * Waiting replays are kept in memory: a restart forgets them (the letters stay OPEN, to be replayed again).
 */
final class ReplayQueue implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayQueue.class);

    private final Map<Long, Queue<Runnable>> waiting = new ConcurrentHashMap<>();
    private final Duration poll;

    ReplayQueue(Duration poll) {
        this.poll = poll;
    }

    /** Runs {@code replay} once {@code running} turns false or this node's run of the pipeline finishes. */
    void afterRun(long pipelineId, Runnable replay, BooleanSupplier running) {
        waiting.computeIfAbsent(pipelineId, id -> new ConcurrentLinkedQueue<>()).add(replay);
        Thread.ofVirtual().name("kopru-replay-wait-" + pipelineId).start(() -> {
            try {
                while (running.getAsBoolean()) {
                    Thread.sleep(poll);
                }
                drain(pipelineId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** How many replays wait for the pipeline's run to end. */
    int waitingFor(long pipelineId) {
        Queue<Runnable> queue = waiting.get(pipelineId);
        return queue == null ? 0 : queue.size();
    }

    @Override
    public void finished(long pipelineId, RunReport report) {
        drain(pipelineId);
    }

    private void drain(long pipelineId) {
        Queue<Runnable> queue = waiting.get(pipelineId);
        for (Runnable replay = queue == null ? null : queue.poll(); replay != null; replay = queue.poll()) {
            try {
                replay.run();
            } catch (RuntimeException e) {
                LOG.warn("a replay held for the end of pipeline {}'s run failed: {}", pipelineId, e.getMessage());
            }
        }
    }
}
