package dev.kopru.sync.limit;

import dev.kopru.core.connector.Limits;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.store.Tx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Enforces a connection's rate limit ({@link Limits.RateLimit}: at most {@code permits} calls in any window of
 * {@code period}) across every pipeline and every node that shares the store. A call locks the connection's row,
 * takes the least recently used permit if it is at least one period old, or else waits until it will be. The wait
 * happens outside the transaction, so a throttled connection holds no lock and stalls no other connection.
 * <p>
 * A call made {@link #within} its permit stamps the permit again when it returns: the vendor counts a request when it
 * arrives, some time between our send and its answer, so a permit reused a period after the answer is reused a period
 * after the vendor counted it, however late the request arrived; a vendor that counts the same way refuses none.
 */
public final class ConnectionRateLimiter {

    private record Permit(int slot, Instant usedAt) { }

    private final SyncStore store;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<Long, ReentrantLock> turns = new ConcurrentHashMap<>();

    /** {@code clock} and {@code sleeper} must agree: tests pass a settable clock and a sleeper that advances it. */
    public ConnectionRateLimiter(SyncStore store, Clock clock, Sleeper sleeper) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** A permit taken at {@code at}, after waiting {@code waited}. */
    private record Taken(int slot, Instant at, Duration waited) { }

    /** Blocks until a call on {@code connectionId} is allowed and returns how long it waited. */
    public Duration acquire(long connectionId, Limits.RateLimit limit) {
        return take(connectionId, limit).waited();
    }

    /**
     * Makes {@code call} under a permit of the connection's limit, which counts as used from the call's end;
     * {@code throttled} hears how long it waited for the permit, if it did.
     */
    public <R> R within(long connectionId, Limits.RateLimit limit, Consumer<Duration> throttled, Supplier<R> call) {
        Taken taken = take(connectionId, limit);
        if (!taken.waited().isZero()) {
            throttled.accept(taken.waited());
        }
        try {
            return call.get();
        } finally {
            // unless a call that outlasted the period let another caller take the permit since
            store.inTransaction(tx -> tx.update("UPDATE rate_permits SET used_at = ? WHERE connection_id = ?"
                    + " AND slot = ? AND used_at = ?", clock.instant(), connectionId, taken.slot(), taken.at()));
        }
    }

    private Taken take(long connectionId, Limits.RateLimit limit) {
        // this node's callers queue here, so that when a permit frees up one of them asks the store, not all
        ReentrantLock turn = turns.computeIfAbsent(connectionId, id -> new ReentrantLock(true));
        turn.lock();
        try {
            return takeInTurn(connectionId, limit);
        } finally {
            turn.unlock();
        }
    }

    private Taken takeInTurn(long connectionId, Limits.RateLimit limit) {
        Duration waited = Duration.ZERO;
        while (true) {
            // to the store's precision, so that the call's end finds its permit by this stamp
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Permit permit = store.transaction(tx -> tryTake(tx, connectionId, limit, now));
            if (permit.usedAt().equals(now)) {
                return new Taken(permit.slot(), now, waited);
            }
            Duration wait = Duration.between(now, permit.usedAt());
            sleeper.sleep(wait);
            waited = waited.plus(wait);
        }
    }

    /**
     * Takes a permit at {@code now} and returns it stamped {@code now}, or returns the permit that frees up first,
     * stamped when it does.
     */
    private Permit tryTake(Tx tx, long connectionId, Limits.RateLimit limit, Instant now) {
        // the connection's row is the lock every node queues on
        tx.queryOne("SELECT id FROM connections WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), connectionId)
                .orElseThrow(() -> new InvalidInputException("connectionId", "no connection " + connectionId));
        List<Permit> permits = tx.query("SELECT slot, used_at FROM rate_permits WHERE connection_id = ?"
                + " ORDER BY used_at, slot", rs -> new Permit(rs.getInt("slot"), Tx.instant(rs, "used_at")),
                connectionId);
        if (permits.size() < limit.permits()) {
            int slot = nextSlot(permits);
            tx.update("INSERT INTO rate_permits (connection_id, slot, used_at) VALUES (?, ?, ?)", connectionId, slot,
                    now);
            return new Permit(slot, now);
        }
        // a limit lowered since: the surplus permits count as used, the window is measured on the newest ones
        Permit oldest = permits.get(permits.size() - limit.permits());
        Instant free = oldest.usedAt().plus(limit.period());
        if (!free.isAfter(now)) {
            tx.update("UPDATE rate_permits SET used_at = ? WHERE connection_id = ? AND slot = ?", now, connectionId,
                    permits.getFirst().slot());
            return new Permit(permits.getFirst().slot(), now);
        }
        return new Permit(oldest.slot(), free);
    }

    private static int nextSlot(List<Permit> permits) {
        return permits.stream().mapToInt(Permit::slot).max().orElse(-1) + 1;
    }
}
