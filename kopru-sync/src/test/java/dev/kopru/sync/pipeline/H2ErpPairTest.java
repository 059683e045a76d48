package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** Mikro ⇄ DİA parties on an in-memory H2 store. */
class H2ErpPairTest extends ErpPairContract {
    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("erp-pair-" + System.nanoTime());
    }
}
