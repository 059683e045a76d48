package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;

/** The ISP set into Logo on H2. */
class H2IspLogoPipelineTest extends IspErpPipelineContract {

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("isp-logo-" + System.nanoTime());
    }

    @Override
    String database() {
        return "H2";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.logo(7, 0);
    }
}
