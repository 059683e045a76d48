package dev.kopru.server.pipelines;

import dev.kopru.sync.schedule.PipelineScheduler;
import dev.kopru.sync.store.SyncStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a pause the scheduler made (a run stopped by a vendor account out of credit) in {@code pipeline_schedules},
 * so the API, the CLI and the dashboard show the pipeline paused with the vendor's words until a person resumes it.
 */
final class SchedulerPauses implements PipelineScheduler.Pauses {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerPauses.class);

    private final SyncStore store;
    private final ScheduleTable table;

    SchedulerPauses(SyncStore store, ScheduleTable table) {
        this.store = store;
        this.table = table;
    }

    @Override
    public void pause(long pipelineId, String reason) {
        store.inTransaction(tx -> table.pausedByScheduler(tx, pipelineId, reason));
        LOG.warn("pipeline {} paused until resumed: {}", pipelineId, reason);
    }
}
