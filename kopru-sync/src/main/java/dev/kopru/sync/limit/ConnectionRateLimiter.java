package dev.kopru.sync.limit;

import dev.kopru.core.connector.Limits;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.store.Tx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Enforces a connection's rate limit ({@link Limits.RateLimit}: at most {@code permits} calls in any window of
 * {@code period}) across every pipeline and every node that shares the store. A call locks the connection's row,
 * takes the least recently used permit if it is at least one period old, or else waits until it will be. The wait
 * happens outside the transaction, so a throttled connection holds no lock and stalls no other connection.
 */
public final class ConnectionRateLimiter {

    private record Permit(int slot, Instant usedAt) { }

    private final SyncStore store;
    private final Clock clock;
    private final Sleeper sleeper;

    /** {@code clock} and {@code sleeper} must agree: tests pass a settable clock and a sleeper that advances it. */
    public ConnectionRateLimiter(SyncStore store, Clock clock, Sleeper sleeper) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Blocks until a call on {@code connectionId} is allowed and returns how long it waited. */
    public Duration acquire(long connectionId, Limits.RateLimit limit) {
        Duration waited = Duration.ZERO;
        while (true) {
            Duration wait = store.transaction(tx -> tryTake(tx, connectionId, limit));
            if (wait.isZero()) {
                return waited;
            }
            sleeper.sleep(wait);
            waited = waited.plus(wait);
        }
    }

    /** Takes a permit and returns zero, or returns how long until the oldest permit frees up. */
    private Duration tryTake(Tx tx, long connectionId, Limits.RateLimit limit) {
        // the connection's row is the lock every node queues on
        tx.queryOne("SELECT id FROM connections WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), connectionId)
                .orElseThrow(() -> new InvalidInputException("connectionId", "no connection " + connectionId));
        List<Permit> permits = tx.query("SELECT slot, used_at FROM rate_permits WHERE connection_id = ?"
                + " ORDER BY used_at, slot", rs -> new Permit(rs.getInt("slot"), Tx.instant(rs, "used_at")),
                connectionId);
        Instant now = clock.instant();
        if (permits.size() < limit.permits()) {
            tx.update("INSERT INTO rate_permits (connection_id, slot, used_at) VALUES (?, ?, ?)", connectionId,
                    nextSlot(permits), now);
            return Duration.ZERO;
        }
        // a limit lowered since: the surplus permits count as used, the window is measured on the newest ones
        Permit oldest = permits.get(permits.size() - limit.permits());
        Instant free = oldest.usedAt().plus(limit.period());
        if (!free.isAfter(now)) {
            tx.update("UPDATE rate_permits SET used_at = ? WHERE connection_id = ? AND slot = ?", now, connectionId,
                    permits.getFirst().slot());
            return Duration.ZERO;
        }
        return Duration.between(now, free);
    }

    private static int nextSlot(List<Permit> permits) {
        return permits.stream().mapToInt(Permit::slot).max().orElse(-1) + 1;
    }
}
