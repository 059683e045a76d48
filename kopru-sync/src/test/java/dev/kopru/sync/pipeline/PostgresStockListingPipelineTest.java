package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;

/** Pipeline 1 on PostgreSQL, started by the test itself. */
class PostgresStockListingPipelineTest extends StockListingPipelineContract {

    private final EmbeddedPostgresStore postgres = new EmbeddedPostgresStore();

    @Override
    StoreConfig storeConfig() {
        return postgres.start();
    }

    @AfterAll
    void stopPostgres() {
        postgres.close();
    }
}
