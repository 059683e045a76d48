package dev.kopru.sync.pipeline;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ISP set into Logo on PostgreSQL, started by the test itself. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresIspLogoPipelineTest extends IspErpPipelineContract {

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.logo(7, 0, IspPipelineContract.SERVICE_CARDS, List.of(IspPipelineContract.CASH_BOX));
    }
}
