package dev.kopru.sync.store;

import dev.kopru.core.input.InvalidInputException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives. H2 in a local file is the embedded default; production points at PostgreSQL.
 * {@link #toString()} never shows the password.
 */
public record StoreConfig(String jdbcUrl, String user, String password, int maxPoolSize) {

    /** H2 keeps the parsed form of a session's last 8 statements by default; the engine uses a few more. */
    private static final String H2_STATEMENTS = ";QUERY_CACHE_SIZE=64";

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new InvalidInputException("jdbcUrl", "only H2 and PostgreSQL are supported, was '"
                    + jdbcUrl.replaceAll("password=[^&;]*", "password=****") + "'");
        }
        if (maxPoolSize < 1) {
            throw new InvalidInputException("maxPoolSize", "must be at least 1, was " + maxPoolSize);
        }
    }

    /** The embedded default: an H2 database in a file (created on first use). */
    public static StoreConfig h2File(Path file) {
        return new StoreConfig("jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=FALSE" + H2_STATEMENTS, "sa", "", 5);
    }

    /** An H2 database that lives as long as the pool (tests). */
    public static StoreConfig h2InMemory(String name) {
        return new StoreConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_STATEMENTS, "sa", "", 5);
    }

    public static StoreConfig postgres(String jdbcUrl, String user, String password) {
        return new StoreConfig(jdbcUrl, user, password, 10);
    }

    @Override
    public String toString() {
        return "StoreConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=****, maxPoolSize=" + maxPoolSize + "]";
    }
}
