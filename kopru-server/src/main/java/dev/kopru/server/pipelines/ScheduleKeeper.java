package dev.kopru.server.pipelines;

import dev.kopru.sync.schedule.PipelineScheduler;
import dev.kopru.sync.store.SyncStore;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes db-scheduler's execution of each pipeline follow the {@code pipeline_schedules} table. The scheduler cannot
 * change the execution of a pipeline that is running (and when that run ends it reschedules the execution with the
 * schedule it started with), so a change that cannot be applied now is tried again every {@code retryEvery} until the
 * run is over. On start every change not yet applied, and every recurring schedule whose execution is missing, is
 * applied; one already in place is left alone so a restart does not push an interval's next run back.
 */
final class ScheduleKeeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleKeeper.class);

    private final SyncStore store;
    private final ScheduleTable table;
    private final PipelineScheduler scheduler;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kopru-schedule-keeper").daemon().factory());

    ScheduleKeeper(SyncStore store, ScheduleTable table, PipelineScheduler scheduler, Duration retryEvery) {
        this.store = store;
        this.table = table;
        this.scheduler = scheduler;
        retries.scheduleWithFixedDelay(this::retryPending, retryEvery.toMillis(), retryEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Applies what the table says for every pipeline that needs it (at server start). */
    void applyAll() {
        for (ScheduleTable.Wanted wanted : store.transaction(table::all)) {
            boolean missing = wanted.recurring() && scheduler.existing(wanted.pipelineId()).isEmpty();
            if (!wanted.applied() || missing) {
                apply(wanted.pipelineId());
            }
        }
    }

    /** Applies the table's state of one pipeline now, or keeps trying while the pipeline runs; true when done now. */
    boolean apply(long pipelineId) {
        ScheduleTable.Wanted wanted = store.transaction(tx -> table.get(tx, pipelineId));
        boolean done = wanted.recurring() ? scheduler.schedule(pipelineId, wanted.schedule())
                : scheduler.unschedule(pipelineId);
        if (done) {
            store.inTransaction(tx -> table.applied(tx, wanted));
            pending.remove(pipelineId);
        } else {
            pending.add(pipelineId);
        }
        return done;
    }

    /** Stops trying for a pipeline that is being deleted. */
    void forget(long pipelineId) {
        pending.remove(pipelineId);
    }

    private void retryPending() {
        for (Long pipelineId : pending) {
            try {
                if (store.transaction(tx -> table.find(tx, pipelineId)).isEmpty()) {
                    pending.remove(pipelineId);
                } else {
                    apply(pipelineId);
                }
            } catch (RuntimeException e) {
                LOG.warn("pipeline {}: applying its schedule failed, will try again: {}", pipelineId, e.toString());
            }
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
