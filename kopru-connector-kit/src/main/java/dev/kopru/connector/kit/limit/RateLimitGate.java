package dev.kopru.connector.kit.limit;

import dev.failsafe.RateLimiter;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Limits;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps every caller of one client within "at most N calls in any period", however many threads call it.
 *
 * <p>Two gates, in this order:
 * <ol>
 *   <li>A Failsafe <em>smooth</em> {@link RateLimiter} spaces calls {@code period / N} apart, so a queue of callers
 *       is spread over the period instead of arriving as a burst. It is not the guarantee: a bursty limiter refills
 *       all N permits at each period boundary, so N calls just before and N just after it put 2N into one sliding
 *       period; Failsafe's smooth limiter aligns permits to a grid of {@code period / N}, so a sliding period can
 *       overlap N + 1 grid cells and hold N + 1 grants. And neither sees the network: a call is granted on our
 *       clock but counted by the vendor when it arrives.</li>
 *   <li>The guarantee: a sliding-window log of call <em>lifetimes</em>. A call holds its slot from the moment it
 *       is let through until one full period after its response came back; a new call goes only while fewer than
 *       N slots are held. Why that suffices: take any period-long window on the vendor's clock and, among the calls
 *       that arrive in it, the one let through last, at {@code g}. Every other call R' in the window was let
 *       through earlier; if it no longer held a slot at {@code g}, its response came back at or before
 *       {@code g − period}, so it arrived at or before then, one full period before the last call (which arrives
 *       after {@code g}): not in the same window. So all others held slots at {@code g}, fewer than N of them, and
 *       the window holds at most N calls, whatever the latency.</li>
 * </ol>
 * A call waits its turn up to the maximum wait; when its turn lies further away it fails at once as
 * {@link ConnectorException.RateLimited} and is never sent.
 */
public final class RateLimitGate {

    /** A held slot; {@link #release} starts its final period. */
    public static final class Slot {
        private boolean done;
        private long doneAt;
    }

    private final int permits;
    private final long periodNanos;
    private final Duration maxWait;
    private final RateLimiter<Object> pacer;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Slot> held = new ArrayDeque<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong waitedNanos = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public RateLimitGate(Limits.RateLimit limit, Duration maxWait) {
        this.permits = limit.permits();
        this.periodNanos = limit.period().toNanos();
        this.maxWait = maxWait;
        this.pacer = RateLimiter.smoothBuilder(limit.permits(), limit.period()).build();
    }

    /**
     * Waits for this call's turn and takes a slot; the caller must {@link #release} it once the exchange is over.
     *
     * @throws ConnectorException.RateLimited when the turn is further away than the maximum wait (nothing was sent)
     */
    public Slot acquire(VendorOperation op) {
        long start = System.nanoTime();
        long deadline = start + maxWait.toNanos();
        Duration pace = pacer.tryReservePermit(maxWait);
        if (pace.isNegative()) {
            throw refuse(op, Duration.ofNanos(periodNanos / permits));
        }
        boolean waited = !pace.isZero();
        sleep(op, pace);
        Slot slot = new Slot();
        lock.lock();
        try {
            while (true) {
                long now = System.nanoTime();
                long untilFree = evictAndMeasure(now);
                if (held.size() < permits) {
                    held.addLast(slot);
                    break;
                }
                long remaining = deadline - now;
                // Slots still in flight free at an unknown time (their answer starts their last period): wait for
                // a release rather than refuse, until the deadline.
                if (remaining <= 0 || (untilFree != Long.MAX_VALUE && untilFree > remaining)) {
                    throw refuse(op, Duration.ofNanos(untilFree == Long.MAX_VALUE ? periodNanos : untilFree));
                }
                waited = true;
                changed.awaitNanos(Math.min(untilFree, remaining));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException.Transient(op.methodName(), op.methodName()
                    + ": interrupted while waiting for a turn under the rate limit; nothing was sent", null, e);
        } finally {
            lock.unlock();
        }
        calls.incrementAndGet();
        if (waited) {
            throttled.incrementAndGet();
            waitedNanos.addAndGet(System.nanoTime() - start);
        }
        return slot;
    }

    /** Ends the exchange of {@code slot}: it keeps counting for one more period from now. */
    public void release(Slot slot) {
        lock.lock();
        try {
            slot.done = true;
            slot.doneAt = System.nanoTime();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Drops slots whose final period is over; returns the nanos until the next one frees (MAX_VALUE: unknown). */
    private long evictAndMeasure(long now) {
        long untilFree = Long.MAX_VALUE;
        for (Iterator<Slot> it = held.iterator(); it.hasNext(); ) {
            Slot s = it.next();
            if (s.done) {
                long left = periodNanos - (now - s.doneAt);
                if (left <= 0) {
                    it.remove();
                } else {
                    untilFree = Math.min(untilFree, left);
                }
            }
        }
        return untilFree;
    }

    public RateLimitMetrics metrics() {
        return new RateLimitMetrics(calls.get(), throttled.get(), Duration.ofNanos(waitedNanos.get()), refused.get());
    }

    private ConnectorException.RateLimited refuse(VendorOperation op, Duration retryAfter) {
        refused.incrementAndGet();
        return new ConnectorException.RateLimited(op.methodName(), op.methodName() + ": the client's rate limit ("
                + permits + " calls per " + Duration.ofNanos(periodNanos) + ") gives no turn within the maximum wait of "
                + maxWait + "; nothing was sent", null, retryAfter);
    }

    private static void sleep(VendorOperation op, Duration pause) {
        if (pause.isZero() || pause.isNegative()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(pause.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException.Transient(op.methodName(), op.methodName()
                    + ": interrupted while waiting for a turn under the rate limit; nothing was sent", null, e);
        }
    }
}
