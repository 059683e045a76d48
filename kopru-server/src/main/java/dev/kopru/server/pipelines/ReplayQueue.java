package dev.kopru.server.pipelines;

import dev.kopru.sync.pipeline.DeadLetterReplay;
import dev.kopru.sync.pipeline.RunListener;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.SyncStore;
import java.time.Duration;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * Replays asked for while their pipeline runs, held until the run ends instead of refused. A replay writes through
 * the same exactly-once writer as the run, and two writers of one record at the same moment could both find no link;
 * so a replay never runs beside a run. When the run is this node's, the replays run on the run's own thread as it
 * finishes, while the scheduler still holds the pipeline (no other run can start in between); a run on another node
 * is waited for by polling, which leaves the same small window a replay asked for between two runs always had.
 * Waiting replays are rows of {@code queued_replays}: a restart finds them and waits for their pipelines again. A row
 * is deleted by the one who takes it, so two drains (the run's end and the poll) never replay it twice.
 */
final class ReplayQueue implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayQueue.class);

    /** One waiting replay: a dead letter by id, or the open letters matching a filter. */
    private record Queued(long id, long pipelineId, Long deadLetterId, String filterJson) {
    }

    private final SyncStore store;
    private final Supplier<DeadLetterReplay> replay;
    private final ObjectMapper json;
    private final LongPredicate running;
    private final Duration poll;

    /**
     * {@code replay} is asked for when a replay runs: the queue listens to the runner, which the replay is made
     * from, so it cannot be had when the queue is made.
     */
    ReplayQueue(SyncStore store, Supplier<DeadLetterReplay> replay, ObjectMapper json, LongPredicate running,
                Duration poll) {
        this.store = store;
        this.replay = replay;
        this.json = json;
        this.running = running;
        this.poll = poll;
    }

    /** Replays the dead letter {@code deadLetterId} once the pipeline's run has ended. */
    void afterRun(long pipelineId, long deadLetterId) {
        queue(pipelineId, deadLetterId, null);
    }

    /** Replays the open dead letters matching {@code filter} once the pipeline's run has ended. */
    void afterRun(long pipelineId, DeadLetterFilter filter) {
        queue(pipelineId, null, json.writeValueAsString(filter));
    }

    /** After a start: the replays queued before it wait for their pipelines' runs again. */
    void resume() {
        store.transaction(tx -> tx.query("SELECT DISTINCT pipeline_id FROM queued_replays", rs -> rs.getLong(1)))
                .forEach(this::watch);
    }

    @Override
    public void finished(long pipelineId, RunReport report) {
        drain(pipelineId);
    }

    private void queue(long pipelineId, Long deadLetterId, String filterJson) {
        store.transaction(tx -> tx.insert("INSERT INTO queued_replays (pipeline_id, dead_letter_id, filter_json,"
                + " queued_at) VALUES (?, ?, ?, ?)", pipelineId, deadLetterId, filterJson, store.clock().instant()));
        watch(pipelineId);
    }

    private void watch(long pipelineId) {
        Thread.ofVirtual().name("kopru-replay-wait-" + pipelineId).start(() -> {
            try {
                while (running.test(pipelineId)) {
                    Thread.sleep(poll);
                }
                drain(pipelineId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void drain(long pipelineId) {
        List<Queued> waiting = store.transaction(tx -> tx.query("SELECT id, pipeline_id, dead_letter_id, filter_json"
                + " FROM queued_replays WHERE pipeline_id = ? ORDER BY id", rs -> new Queued(rs.getLong(1),
                rs.getLong(2), rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4)), pipelineId));
        for (Queued queued : waiting) {
            if (store.transaction(tx -> tx.update("DELETE FROM queued_replays WHERE id = ?", queued.id())) == 1) {
                run(queued);
            }
        }
    }

    private void run(Queued queued) {
        try {
            if (queued.deadLetterId() != null) {
                replay.get().replay(queued.pipelineId(), queued.deadLetterId());
            } else {
                DeadLetterFilter filter = queued.filterJson() == null ? DeadLetterFilter.ALL
                        : json.readValue(queued.filterJson(), DeadLetterFilter.class);
                replay.get().replayWhere(queued.pipelineId(), filter.predicate());
            }
        } catch (RuntimeException e) {
            LOG.warn("a replay held for the end of pipeline {}'s run failed: {}", queued.pipelineId(), e.getMessage());
        }
    }
}
