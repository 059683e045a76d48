package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;

/** The ISP set into Logo on PostgreSQL, started by the test itself. */
class PostgresIspLogoPipelineTest extends IspErpPipelineContract {

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
        return ErpFirm.logo(7, 0);
    }

    @AfterAll
    void stopPostgres() {
        postgres.close();
    }
}
