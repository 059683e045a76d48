package dev.kopru.sync.schedule;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.kopru.sync.pipeline.PipelineRunner;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.SyncStore;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One node's scheduler. Every pipeline has at most one db-scheduler execution (task {@value #TASK}, instance = the
 * pipeline id), so its schedule, a "run now" and a webhook call all land on the same row, and db-scheduler's
 * pick-and-lock runs it on one node at a time. That row is the pipeline's lease while it runs: the picking node
 * heartbeats it, and when the heartbeats stop another node revives it and runs the pipeline from its last committed
 * cursor, marking the dead node's run ABANDONED. A pipeline started by hand with {@link PipelineRunner#run} is guarded
 * by {@link dev.kopru.sync.pipeline.RunLeases} instead; do not mix the two on one pipeline.
 *
 * <p>A run that stops because a connection's account is out of credit (DİA's kontör) removes the pipeline's execution
 * instead of rescheduling it, since every tick would be refused the same way, and tells {@link Pauses} why; after the
 * top-up, {@link #schedule} (the server's resume) starts it again from its last committed cursor.
 */
public final class PipelineScheduler implements AutoCloseable {

    static final String TASK = "kopru-pipeline-run";

    /** What a trigger did: the run is due now, or the pipeline is running and this trigger joins that run. */
    public enum Triggered { DUE, ALREADY_RUNNING }

    /** Where a pipeline stopped by an exhausted vendor quota is marked paused, with the vendor's words. */
    @FunctionalInterface
    public interface Pauses {
        Pauses NONE = (pipelineId, reason) -> { };

        void pause(long pipelineId, String reason);
    }

    /** The execution's data: which pipeline, and its schedule (null for a one-off run). */
    record PipelineRun(long pipelineId, PipelineSchedule schedule) implements Serializable { }

    private final Scheduler scheduler;
    private final CustomTask<PipelineRun> task;
    private final Clock clock;

    public PipelineScheduler(SyncStore store, PipelineRunner runner, SchedulerSettings settings) {
        this(store, runner, settings, Pauses.NONE);
    }

    public PipelineScheduler(SyncStore store, PipelineRunner runner, SchedulerSettings settings, Pauses pauses) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(pauses, "pauses");
        this.clock = store.clock();
        this.task = Tasks.custom(TASK, PipelineRun.class)
                .onFailureReschedule(Schedules.fixedDelay(settings.retryAfterCrash()))
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, context) -> {
                    PipelineRun run = instance.getData();
                    RunReport report = runner.runExclusively(run.pipelineId());
                    if (report.quotaExhausted() != null) {
                        pauses.pause(run.pipelineId(), report.quotaExhausted());
                        return new CompletionHandler.OnCompleteRemove<>();
                    }
                    return run.schedule() == null ? new CompletionHandler.OnCompleteRemove<>()
                            : new CompletionHandler.OnCompleteReschedule<>(run.schedule().toSchedule());
                });
        this.scheduler = Scheduler.create(store.dataSource(), task)
                .schedulerName(new SchedulerName.Fixed(settings.nodeName()))
                .threads(settings.threads())
                .pollingInterval(settings.pollInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(settings.shutdownWait())
                // the store's pool hands out connections with auto-commit off
                .commitWhenAutocommitDisabled(true)
                .enableImmediateExecution()
                .build();
    }

    public void start() {
        scheduler.start();
    }

    /** Stops picking work; waits up to the settings' shutdown wait for running pipelines, then gives up on them. */
    public void stop() {
        scheduler.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Runs the pipeline on {@code schedule} from now on (the first run one period from now), replacing its previous
     * schedule; false when the pipeline is running right now (set it again after the run).
     */
    public boolean schedule(long pipelineId, PipelineSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        PipelineRun data = new PipelineRun(pipelineId, schedule);
        Instant first = schedule.toSchedule().getInitialExecutionTime(clock.instant());
        if (scheduler.scheduleIfNotExists(task.instance(id(pipelineId), data), first)) {
            return true;
        }
        try {
            return reschedule(pipelineId, first, data);
        } catch (TaskInstanceNotFoundException e) {
            return scheduler.scheduleIfNotExists(task.instance(id(pipelineId), data), first);
        }
    }

    /**
     * Removes the pipeline's schedule and any pending trigger; true when nothing is left, false when the pipeline is
     * running right now (its execution cannot be cancelled then: call again after the run).
     */
    public boolean unschedule(long pipelineId) {
        try {
            scheduler.cancel(TaskInstanceId.of(TASK, id(pipelineId)));
            return true;
        } catch (TaskInstanceNotFoundException e) {
            return true;
        } catch (TaskInstanceCurrentlyExecutingException e) {
            return false;
        }
    }

    /** Runs the pipeline as soon as a node is free; a scheduled pipeline keeps its schedule after this run. */
    public Triggered runNow(long pipelineId) {
        // the row can appear or vanish between our reads (another node's trigger, a run completing): look again
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<ScheduledExecution<Object>> existing = existing(pipelineId);
            if (existing.isEmpty()) {
                if (scheduler.scheduleIfNotExists(task.instance(id(pipelineId), new PipelineRun(pipelineId, null)),
                        clock.instant())) {
                    return Triggered.DUE;
                }
            } else if (existing.get().isPicked()) {
                return Triggered.ALREADY_RUNNING;
            } else {
                try {
                    return reschedule(pipelineId, clock.instant(), (PipelineRun) existing.get().getData())
                            ? Triggered.DUE : Triggered.ALREADY_RUNNING;
                } catch (TaskInstanceNotFoundException e) {
                    // completed meanwhile: schedule a new one
                } catch (IllegalStateException | ExecutionException e) {
                    // db-scheduler's optimistic update found the row changed (picked by a node, or rescheduled by a
                    // concurrent trigger meanwhile): look again
                }
            }
        }
        return Triggered.ALREADY_RUNNING;
    }

    /**
     * A source system's webhook says the pipeline has new changes: the same as {@link #runNow}. Calls that arrive
     * while a run is due or running join it (the run reads from its cursor, so it sees their changes or the next
     * scheduled run does).
     */
    public Triggered onWebhook(long pipelineId) {
        return runNow(pipelineId);
    }

    /** The pipeline's pending or running execution, if any (for the dashboard and tests). */
    public Optional<ScheduledExecution<Object>> existing(long pipelineId) {
        return scheduler.getScheduledExecution(TaskInstanceId.of(TASK, id(pipelineId)));
    }

    private boolean reschedule(long pipelineId, Instant at, PipelineRun data) {
        try {
            return scheduler.reschedule(TaskInstanceId.of(TASK, id(pipelineId)), at, data);
        } catch (TaskInstanceCurrentlyExecutingException e) {
            return false;
        }
    }

    private static String id(long pipelineId) {
        return Long.toString(pipelineId);
    }
}
