package dev.kopru.server.pipelines;

import dev.kopru.sync.schedule.PipelineSchedule;
import dev.kopru.sync.store.SyncStore;
import org.springframework.stereotype.Component;

/**
 * Schedules for pipelines defined outside the API (the demo): kept in the same table as the API's, so the API and
 * the dashboard show them, and a pause set there survives a restart.
 */
@Component
public final class StoredSchedules {

    private final SyncStore store;
    private final ScheduleTable table;
    private final ScheduleKeeper keeper;

    StoredSchedules(SyncStore store, ScheduleTable table, ScheduleKeeper keeper) {
        this.store = store;
        this.table = table;
        this.keeper = keeper;
    }

    /**
     * Gives the pipeline {@code schedule} unless it has a stored one already (a person may have changed or paused
     * it); returns whether the pipeline is paused.
     */
    public boolean ensure(long pipelineId, PipelineSchedule schedule) {
        boolean saved = store.transaction(tx -> {
            if (table.find(tx, pipelineId).isPresent()) {
                return false;
            }
            table.save(tx, pipelineId, schedule, false);
            return true;
        });
        if (saved) {
            keeper.apply(pipelineId);
        }
        return store.transaction(tx -> table.get(tx, pipelineId).paused());
    }
}
