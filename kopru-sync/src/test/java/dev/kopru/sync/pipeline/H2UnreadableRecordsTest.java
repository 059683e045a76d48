package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** Read-side dead letters on H2. */
class H2UnreadableRecordsTest extends UnreadableRecordsContract {
    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("unreadable-" + System.nanoTime());
    }
}
