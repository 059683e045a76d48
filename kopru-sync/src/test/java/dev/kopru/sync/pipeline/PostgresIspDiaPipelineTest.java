package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/** The ISP set into DİA on PostgreSQL, started by the test itself. */
class PostgresIspDiaPipelineTest extends IspErpPipelineContract {

    private final EmbeddedPostgresStore postgres = new EmbeddedPostgresStore();

    @Override
    StoreConfig storeConfig() {
        return postgres.start();
    }

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.dia(7, 0, List.of("HZM-ABONELIK", "HZM-OIV"));
    }

    @AfterAll
    void stopPostgres() {
        postgres.close();
    }
}
