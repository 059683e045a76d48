package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A PostgreSQL server a test class starts itself (embedded, ~1 s), with a database per store asked for. */
final class EmbeddedPostgresStore extends TestStore {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    StoreConfig freshDatabase(ExtensionContext testClass) {
        EmbeddedPostgres postgres = server(testClass, EmbeddedPostgres.class, EmbeddedPostgresStore::start);
        String database = "store_" + DATABASES.incrementAndGet();
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("creating database " + database, e));
        }
        return StoreConfig.postgres(postgres.getJdbcUrl("postgres", database), "postgres", "postgres");
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
