package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** Scheduled runs and takeover with both nodes on one in-memory H2 database. */
class H2ScheduledPipelineTest extends ScheduledPipelineContract {
    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("scheduled-" + System.nanoTime());
    }
}
