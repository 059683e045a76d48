package dev.kopru.bench;

import dev.kopru.sync.store.StoreConfig;
import dev.kopru.sync.store.SyncStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh engine store for one benchmark: {@code h2-file} (an H2 file in a temporary directory, the server's default)
 * or {@code postgres} (an embedded PostgreSQL, as the engine's tests start it). Closing drops it.
 */
final class BenchStore implements AutoCloseable {

    private final Path dir;
    private final EmbeddedPostgres postgres;
    private final SyncStore store;

    private BenchStore(Path dir, EmbeddedPostgres postgres, StoreConfig config) {
        this.dir = dir;
        this.postgres = postgres;
        this.store = SyncStore.open(config, Clock.systemUTC());
    }

    static BenchStore open(String kind) {
        try {
            Path dir = Files.createTempDirectory("kopru-bench-");
            return switch (kind) {
                case "h2-file" -> new BenchStore(dir, null, StoreConfig.h2File(dir.resolve("store")));
                case "postgres" -> {
                    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                            .setCleanDataDirectory(true).start();
                    yield new BenchStore(dir, postgres,
                            StoreConfig.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
                }
                default -> throw new IllegalArgumentException("store must be h2-file or postgres, was " + kind);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SyncStore store() {
        return store;
    }

    @Override
    public void close() throws IOException {
        store.close();
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
