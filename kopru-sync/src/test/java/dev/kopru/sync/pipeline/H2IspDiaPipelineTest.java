package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import java.util.List;

/** The ISP set into DİA on H2. */
class H2IspDiaPipelineTest extends IspErpPipelineContract {

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("isp-dia-" + System.nanoTime());
    }

    @Override
    String database() {
        return "H2";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.dia(7, 0, List.of("HZM-ABONELIK", "HZM-OIV"));
    }
}
