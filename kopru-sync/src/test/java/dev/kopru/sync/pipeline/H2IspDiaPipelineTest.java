package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** The ISP set into DİA on H2. */
class H2IspDiaPipelineTest extends IspDiaPipelineContract {

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("isp-dia-" + System.nanoTime());
    }

    @Override
    String database() {
        return "H2";
    }
}
