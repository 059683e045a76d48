package dev.kopru.sync.pipeline;

import dev.kopru.core.model.Party;
import dev.kopru.sync.store.StoreConfig;
import java.util.List;
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
    IspErp erp(List<Party> customers) {
        return IspErp.logo(7);
    }

    @AfterAll
    void stopPostgres() {
        postgres.close();
    }
}
