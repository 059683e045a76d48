package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** The ISP set on H2. */
class H2IspPipelineTest extends IspPipelineContract {

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("isp-" + System.nanoTime());
    }

    @Override
    String database() {
        return "H2";
    }
}
