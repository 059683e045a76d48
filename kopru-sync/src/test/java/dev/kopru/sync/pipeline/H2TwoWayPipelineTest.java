package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** Two-way Mikro ↔ Mikro on H2. */
class H2TwoWayPipelineTest extends TwoWayPipelineContract {
    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("two-way-" + System.nanoTime());
    }
}
