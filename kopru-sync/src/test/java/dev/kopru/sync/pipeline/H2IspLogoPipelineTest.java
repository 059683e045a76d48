package dev.kopru.sync.pipeline;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ISP set into Logo on H2. */
@ExtendWith(H2InMemoryStore.class)
class H2IspLogoPipelineTest extends IspErpPipelineContract {

    @Override
    String database() {
        return "H2";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.logo(7, 0, IspPipelineContract.SERVICE_CARDS, List.of(IspPipelineContract.CASH_BOX));
    }
}
