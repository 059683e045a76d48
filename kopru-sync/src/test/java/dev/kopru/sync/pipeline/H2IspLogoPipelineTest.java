package dev.kopru.sync.pipeline;

import dev.kopru.core.model.Party;
import dev.kopru.sync.store.StoreConfig;
import java.util.List;

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
    IspErp erp(List<Party> customers) {
        return IspErp.logo(7);
    }
}
