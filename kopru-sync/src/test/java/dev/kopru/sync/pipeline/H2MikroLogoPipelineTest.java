package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** Mikro cards → Logo on H2. */
class H2MikroLogoPipelineTest extends MikroLogoPipelineContract {

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("mikro-logo-" + System.nanoTime());
    }

    @Override
    String database() {
        return "H2";
    }
}
