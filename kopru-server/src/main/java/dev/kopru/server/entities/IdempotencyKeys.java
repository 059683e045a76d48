package dev.kopru.server.entities;

import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.problems.IdempotencyKeyReusedException;
import dev.kopru.sync.store.SyncStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotency_keys} table (the server's own): what the unified API answered to a create sent with an
 * {@code Idempotency-Key}. The first request with a key claims it; one with the same key and request waits for and
 * gets the same answer; one with the same key and another request is refused. A first request that failed lets its
 * key go, so a retry tries again (the create's intent still keeps it to one record).
 */
@Component
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    /** The answer stored for a key: the HTTP status and the record's key. */
    public record Answer(int status, String recordKey) {
    }

    private record Row(String requestHash, Integer status, String recordKey, Instant createdAt) {
    }

    private static final Duration POLL = Duration.ofMillis(50);

    private final SyncStore store;
    private final Duration lease;

    public IdempotencyKeys(SyncStore store, @Value("${kopru.api.create-lease:PT2M}") Duration lease) {
        this.store = store;
        this.lease = lease;
    }

    /**
     * Claims {@code key} for a request whose hash is {@code requestHash}; empty when the caller is to do the work,
     * else the answer already given.
     *
     * @throws IdempotencyKeyReusedException when the key was used for another request
     * @throws ConflictException             when the first request is still at it after the lease
     */
    public Optional<Answer> claim(long connectionId, String key, String requestHash) {
        check(key);
        Instant giveUp = store.clock().instant().plus(lease);
        while (true) {
            Optional<Row> row = find(connectionId, key);
            if (row.isEmpty()) {
                if (added(connectionId, key, requestHash)) {
                    return Optional.empty();
                }
                continue;
            }
            if (!row.get().requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException(HEADER + ": '" + key + "' was used for another request;"
                        + " use a new key for a new request");
            }
            if (row.get().status() != null) {
                return Optional.of(new Answer(row.get().status(), row.get().recordKey()));
            }
            if (row.get().createdAt().isBefore(store.clock().instant().minus(lease)) && takenOver(connectionId, key,
                    row.get().createdAt())) {
                return Optional.empty(); // the first request's server stopped before it answered
            }
            if (store.clock().instant().isAfter(giveUp)) {
                throw new ConflictException(HEADER, "the first request with '" + key + "' is still in progress");
            }
            pause();
        }
    }

    public void complete(long connectionId, String key, Answer answer) {
        store.inTransaction(tx -> tx.update("UPDATE idempotency_keys SET status = ?, record_key = ? WHERE"
                + " connection_id = ? AND idempotency_key = ?", answer.status(), answer.recordKey(), connectionId, key));
    }

    /** The request failed: a retry with the key does the work again. */
    public void release(long connectionId, String key) {
        store.inTransaction(tx -> tx.update("DELETE FROM idempotency_keys WHERE connection_id = ? AND"
                + " idempotency_key = ? AND status IS NULL", connectionId, key));
    }

    private Optional<Row> find(long connectionId, String key) {
        return store.transaction(tx -> tx.queryOne("SELECT request_hash, status, record_key, created_at FROM"
                        + " idempotency_keys WHERE connection_id = ? AND idempotency_key = ?",
                rs -> new Row(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        dev.kopru.sync.store.Tx.instant(rs, "created_at")), connectionId, key));
    }

    private boolean takenOver(long connectionId, String key, Instant claimedAt) {
        return store.transaction(tx -> tx.update("UPDATE idempotency_keys SET created_at = ? WHERE connection_id = ?"
                + " AND idempotency_key = ? AND status IS NULL AND created_at = ?", store.clock().instant(),
                connectionId, key, claimedAt)) == 1;
    }

    private boolean added(long connectionId, String key, String requestHash) {
        try {
            store.inTransaction(tx -> tx.update("INSERT INTO idempotency_keys (connection_id, idempotency_key,"
                    + " request_hash, created_at) VALUES (?, ?, ?, ?)", connectionId, key, requestHash,
                    store.clock().instant()));
            return true;
        } catch (RuntimeException e) {
            return false; // the primary key: a concurrent request with the same key came first
        }
    }

    private static void check(String key) {
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(HEADER, "1 to 200 printable ASCII characters without spaces");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first request with a key", e);
        }
    }
}
