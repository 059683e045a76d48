package dev.kopru.sync.write;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import dev.kopru.core.connector.ConnectorException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs one connector call under the {@link WritePolicy}: transient, auth-expired and rate-limited outcomes are
 * retried (rate limits after the vendor's retry-after), everything else is thrown at once. In-doubt outcomes are
 * retried only where the caller says a repeat is harmless (an update overwrites; a create never is).
 */
public final class Retrier {

    private final WritePolicy policy;
    private final AtomicLong throttledMillis = new AtomicLong();

    public Retrier(WritePolicy policy) {
        this.policy = policy;
    }

    /** Total time spent waiting on rate limits so far. */
    public long throttledMillis() {
        return throttledMillis.get();
    }

    /** Adds time spent waiting for a rate-limit permit before a call. */
    public void addThrottled(Duration waited) {
        throttledMillis.addAndGet(waited.toMillis());
    }

    public <R> R call(String step, Supplier<R> call) {
        return call(step, call, null, false);
    }

    /** A call that is safe to repeat: in-doubt outcomes are retried like transient ones. */
    public <R> R callRepeatable(String step, Supplier<R> call) {
        return call(step, call, null, true);
    }

    <R> R call(String step, Supplier<R> call, AttemptLog log, boolean repeatInDoubt) {
        RetryPolicyBuilder<R> builder = RetryPolicy.<R>builder()
                .handleIf((r, e) -> e instanceof ConnectorException.Transient
                        || e instanceof ConnectorException.AuthExpired
                        || e instanceof ConnectorException.RateLimited
                        || (repeatInDoubt && e instanceof ConnectorException.InDoubt))
                .withMaxAttempts(policy.maxAttempts())
                .onFailedAttempt(event -> {
                    if (log != null) {
                        log.add(step, event.getLastException());
                    }
                })
                .onRetryScheduled(event -> {
                    if (event.getLastException() instanceof ConnectorException.RateLimited) {
                        throttledMillis.addAndGet(event.getDelay().toMillis());
                    }
                });
        if (policy.backoff().waits()) {
            Backoff b = policy.backoff();
            builder.withBackoff(b.initial(), b.max());
            if (b.jitter() > 0) {
                builder.withJitter(b.jitter());
            }
        }
        builder.withDelayFnOn(context -> rateLimitWait((ConnectorException.RateLimited) context.getLastException()),
                ConnectorException.RateLimited.class);
        return Failsafe.with(builder.build()).get(call::get);
    }

    private Duration rateLimitWait(ConnectorException.RateLimited limited) {
        Duration wait = limited.retryAfter();
        return wait.compareTo(policy.maxRateLimitWait()) > 0 ? policy.maxRateLimitWait() : wait;
    }
}
