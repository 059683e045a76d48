package dev.kopru.sync.pipeline;

import dev.kopru.core.model.Party;
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
    IspErp erp(List<Party> customers) {
        return IspErp.dia(7, List.of("HZM-ABONELIK", "HZM-OIV"), customers);
    }
}
