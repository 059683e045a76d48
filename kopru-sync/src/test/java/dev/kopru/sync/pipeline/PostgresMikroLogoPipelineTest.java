package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;

/** Mikro cards → Logo on PostgreSQL, started by the test itself. */
class PostgresMikroLogoPipelineTest extends MikroLogoPipelineContract {

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
}
