package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** Deletions and cancellations on H2. */
class H2DeletesTest extends DeletesContract {
    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("deletes-" + System.nanoTime());
    }
}
