package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;

/** Two-way Mikro ↔ Mikro on PostgreSQL, started by the test itself. */
class PostgresTwoWayPipelineTest extends TwoWayPipelineContract {

    private EmbeddedPostgres postgres;

    @Override
    StoreConfig storeConfig() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StoreConfig.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @AfterAll
    void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
