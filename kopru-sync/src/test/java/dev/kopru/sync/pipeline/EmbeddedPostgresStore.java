package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A PostgreSQL server a test class starts itself (embedded, ~1 s) and stops when it is done. */
final class EmbeddedPostgresStore implements AutoCloseable {

    private EmbeddedPostgres postgres;

    /** Starts the server; the store of its {@code postgres} database. */
    StoreConfig start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StoreConfig.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
