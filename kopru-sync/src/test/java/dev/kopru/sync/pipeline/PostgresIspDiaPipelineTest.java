package dev.kopru.sync.pipeline;

import dev.kopru.core.model.Party;
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
    IspErp erp(List<Party> customers) {
        return IspErp.dia(7, List.of("HZM-ABONELIK", "HZM-OIV"), customers);
    }

    @AfterAll
    void stopPostgres() {
        postgres.close();
    }
}
