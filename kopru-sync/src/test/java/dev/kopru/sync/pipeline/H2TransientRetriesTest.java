package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** Transient retries on H2. */
class H2TransientRetriesTest extends TransientRetriesContract {
    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("transient-" + System.nanoTime());
    }
}
