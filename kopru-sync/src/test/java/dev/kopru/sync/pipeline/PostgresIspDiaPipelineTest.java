package dev.kopru.sync.pipeline;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ISP set into DİA on PostgreSQL, started by the test itself. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresIspDiaPipelineTest extends IspErpPipelineContract {

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.dia(7, 0, List.of("HZM-ABONELIK", "HZM-OIV"));
    }
}
