package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Scheduled runs and takeover with both nodes on one PostgreSQL, started by the test; a database per test. */
class PostgresScheduledPipelineTest extends ScheduledPipelineContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private EmbeddedPostgres postgres;

    @BeforeAll
    void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    StoreConfig storeConfig() {
        String database = "scheduled_" + DATABASES.incrementAndGet();
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (java.sql.SQLException e) {
            throw new UncheckedIOException(new IOException("creating database " + database, e));
        }
        return StoreConfig.postgres(postgres.getJdbcUrl("postgres", database), "postgres", "postgres");
    }
}
