package dev.kopru.sync.write;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per key while someone holds or waits for it: work on the same key (a source key, a target natural key,
 * the tax id of a buyer) never runs concurrently, work on different keys does. Locks are taken in one order by every
 * caller (source key, then natural key), so they cannot deadlock.
 */
public final class KeyLocks {

    private record Holder(ReentrantLock lock, AtomicInteger users) { }

    private final ConcurrentHashMap<String, Holder> held = new ConcurrentHashMap<>();

    /** Runs {@code work} holding the lock of {@code key}. */
    public <R> R holding(String key, Supplier<R> work) {
        Holder holder = held.compute(key, (k, h) -> {
            Holder h2 = h == null ? new Holder(new ReentrantLock(), new AtomicInteger()) : h;
            h2.users().incrementAndGet();
            return h2;
        });
        holder.lock().lock();
        try {
            return work.get();
        } finally {
            holder.lock().unlock();
            held.computeIfPresent(key, (k, h) -> h.users().decrementAndGet() == 0 ? null : h);
        }
    }
}
