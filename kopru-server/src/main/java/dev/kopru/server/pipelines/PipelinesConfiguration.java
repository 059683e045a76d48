package dev.kopru.server.pipelines;

import dev.kopru.server.runs.RunQueries;
import dev.kopru.sync.pipeline.DeadLetterReplay;
import dev.kopru.sync.pipeline.PipelineRunner;
import dev.kopru.sync.pipeline.PipelineState;
import dev.kopru.sync.schedule.PipelineScheduler;
import dev.kopru.sync.store.SyncStore;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** The pipelines API's parts; on start, the stored schedules and paused flags are applied to the scheduler. */
@Configuration(proxyBeanMethods = false)
class PipelinesConfiguration {

    @Bean
    ScheduleTable scheduleTable(SyncStore store) {
        return new ScheduleTable(store.clock());
    }

    @Bean
    PipelineScheduler.Pauses schedulerPauses(SyncStore store, ScheduleTable table) {
        return new SchedulerPauses(store, table);
    }

    @Bean(destroyMethod = "close")
    ScheduleKeeper scheduleKeeper(SyncStore store, ScheduleTable table, PipelineScheduler scheduler,
                                  @Value("${kopru.schedule-retry-interval:PT1S}") Duration retryEvery) {
        return new ScheduleKeeper(store, table, scheduler, retryEvery);
    }

    @Bean
    ApplicationRunner applySchedules(ScheduleKeeper keeper) {
        return args -> keeper.applyAll();
    }

    @Bean
    PipelineCatalog pipelineCatalog(SyncStore store, ScheduleTable table, ScheduleKeeper keeper,
                                    PipelineScheduler scheduler, RunQueries runs, ObjectMapper json) {
        return new PipelineCatalog(store, table, keeper, scheduler, runs, json);
    }

    @Bean
    PipelineState pipelineState(PipelineRunner runner) {
        return new PipelineState(runner);
    }

    @Bean
    ReplayQueue replayQueue(SyncStore store, ObjectProvider<DeadLetterReplay> replay,
                            ObjectProvider<PipelineCatalog> catalog, ObjectMapper json,
                            @Value("${kopru.replay-poll-interval:PT1S}") Duration poll) {
        return new ReplayQueue(store, replay::getObject, json, id -> catalog.getObject().running(id), poll);
    }

    /** Replays queued before a restart wait for their pipelines' runs again. */
    @Bean
    ApplicationRunner resumeReplays(ReplayQueue queue) {
        return args -> queue.resume();
    }

    @Bean
    DeadLetterReplay deadLetterReplay(PipelineRunner runner) {
        return new DeadLetterReplay(runner);
    }
}
