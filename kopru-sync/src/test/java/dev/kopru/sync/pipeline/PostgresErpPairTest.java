package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;

/** Mikro ⇄ DİA parties on PostgreSQL, started by the test itself. */
class PostgresErpPairTest extends ErpPairContract {

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
