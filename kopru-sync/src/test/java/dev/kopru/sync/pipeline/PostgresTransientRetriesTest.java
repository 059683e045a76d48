package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;

/** Transient retries on PostgreSQL, started by the test itself. */
class PostgresTransientRetriesTest extends TransientRetriesContract {

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
