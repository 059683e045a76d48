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
 * are made on one thread.
 */
public final class RunCalls implements CallListener {

    private final AtomicLong throttledMillis = new AtomicLong();
    private AttemptLog log;

    /** Total time spent waiting on rate limits so far. */
    public long throttledMillis() {
        return throttledMillis.get();
    }

    /** Runs {@code calls}, logging their retried attempts to {@code into}. */
    <R> R loggedTo(AttemptLog into, Supplier<R> calls) {
        AttemptLog outer = log;
        log = into;
        try {
            return calls.get();
        } finally {
            log = outer;
        }
    }

    @Override
    public void attemptFailed(VendorCall call, int attempt, ConnectorException failure) {
        if (log != null) {
            log.add(call.operation(), failure);
        }
    }

    @Override
    public void throttled(VendorCall call, Duration waited) {
        throttledMillis.addAndGet(waited.toMillis());
    }
}
