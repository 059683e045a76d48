package dev.kopru.sync.pipeline;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ISP set into DİA on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2IspDiaPipelineTest extends IspErpPipelineContract {

    @Override
    String database() {
        return "H2";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.dia(7, 0, List.of("HZM-ABONELIK", "HZM-OIV"));
    }
}
