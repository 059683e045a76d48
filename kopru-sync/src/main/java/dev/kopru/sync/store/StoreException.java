package dev.kopru.sync.store;

import java.sql.SQLException;

/** A database failure, naming the statement (never its parameters, which may hold record data). */
public final class StoreException extends RuntimeException {
    public StoreException(String sql, SQLException cause) {
        super("store: " + cause.getMessage() + " [" + sql.strip().replaceAll("\\s+", " ") + "]", cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
