package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;

/** Read-side dead letters on PostgreSQL, started by the test itself. */
class PostgresUnreadableRecordsTest extends UnreadableRecordsContract {

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
