package dev.kopru.sync.write;

import dev.kopru.connector.kit.chain.CallListener;
import dev.kopru.connector.kit.chain.VendorCall;
import dev.kopru.core.connector.ConnectorException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the vendor calls of one run (or replay) report: the time they waited for rate limits, for the run's counts,
 * and each retried attempt, into the attempt log of the record being written, for its dead letter. One run's calls
 * are made by the run's writers, concurrently; each thread logs to the record it is writing. It also carries the
 * run's {@link Fence}, which every writer of the run confirms before a send.
 */
public final class RunCalls implements CallListener {

    private final AtomicLong throttledMillis = new AtomicLong();
    private final ThreadLocal<AttemptLog> log = new ThreadLocal<>();
    private volatile Fence fence = Fence.NONE;

    /** Fences the run's sends from now on; set once the run's row exists, before it writes. */
    public void fence(Fence runFence) {
        this.fence = java.util.Objects.requireNonNull(runFence, "fence");
    }

    /** The run's fencing token. */
    public Fence fence() {
        return fence;
    }

    /** Total time spent waiting on rate limits so far. */
    public long throttledMillis() {
        return throttledMillis.get();
    }

    /** Runs {@code calls}, logging their retried attempts to {@code into}. */
    <R> R loggedTo(AttemptLog into, Supplier<R> calls) {
        AttemptLog outer = log.get();
        log.set(into);
        try {
            return calls.get();
        } finally {
            log.set(outer);
        }
    }

    @Override
    public void attemptFailed(VendorCall call, int attempt, ConnectorException failure) {
        AttemptLog into = log.get();
        if (into != null) {
            into.add(call.operation(), failure);
        }
    }

    @Override
    public void throttled(VendorCall call, Duration waited) {
        throttledMillis.addAndGet(waited.toMillis());
    }
}
