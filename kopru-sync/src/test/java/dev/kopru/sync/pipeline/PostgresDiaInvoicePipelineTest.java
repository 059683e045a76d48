package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/** FarmaBorsa orders → DİA invoices on PostgreSQL, started by the test itself. */
class PostgresDiaInvoicePipelineTest extends OrderErpPipelineContract {

    private final EmbeddedPostgresStore postgres = new EmbeddedPostgresStore();

    @Override
    StoreConfig storeConfig() {
        return postgres.start();
    }

    @Override
    String database() {
        return "PostgreSQL";
    }

    @AfterAll
    void stopPostgres() {
        postgres.close();
    }

    @Override
    ErpFirm erp() {
        return ErpFirm.dia(SEED, CATALOGUE, List.of());
    }
}
