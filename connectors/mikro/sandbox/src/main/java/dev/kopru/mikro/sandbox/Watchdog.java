package dev.kopru.mikro.sandbox;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cancels a statement that runs too long. H2 implements {@code setQueryTimeout} with a session setting that only
 * an admin may change, and caller SQL runs as a user that may only SELECT, so the time limit is enforced from
 * outside with {@link Statement#cancel()} (the database then fails the statement as cancelled).
 */
final class Watchdog implements AutoCloseable {

    private final CompletableFuture<Void> timer;

    private Watchdog(Statement statement, int seconds) {
        this.timer = CompletableFuture.runAsync(() -> cancel(statement),
                CompletableFuture.delayedExecutor(seconds, TimeUnit.SECONDS));
    }

    static Watchdog cancelAfter(Statement statement, int seconds) {
        return new Watchdog(statement, seconds);
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            // the statement has finished or closed in the meantime: nothing to cancel
        }
    }

    @Override
    public void close() {
        timer.cancel(false);
    }
}
