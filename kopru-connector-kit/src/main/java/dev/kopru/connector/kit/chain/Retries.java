package dev.kopru.connector.kit.chain;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import dev.failsafe.event.ExecutionAttemptedEvent;
import dev.kopru.core.connector.ConnectorException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one retry layer. Of a call's failures it repeats, up to {@link RetryConfig#maxAttempts()} attempts:
 * {@link ConnectorException.Transient} and {@link ConnectorException.RateLimited} (after the vendor's retry-after, cut
 * to {@link RetryConfig#maxRateLimitWait()}) for every kind of call, as neither applied anything;
 * {@link ConnectorException.InDoubt} only for a {@linkplain VendorCall.Kind#WRITE_REPEATABLE repeatable write};
 * {@link ConnectorException.AuthExpired} once, for the connector to log in again. Anything else is thrown at once, and
 * the last failure is thrown when the attempts run out.
 */
public final class Retries implements Interceptor {

    private final RetryConfig config;
    private final CallListener listener;

    public Retries(RetryConfig config, CallListener listener) {
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public <R> R intercept(VendorCall call, Supplier<R> proceed) {
        RetryPolicyBuilder<R> retried = RetryPolicy.<R>builder()
                .handleIf((result, failure) -> failure instanceof ConnectorException.Transient
                        || failure instanceof ConnectorException.RateLimited
                        || (failure instanceof ConnectorException.InDoubt
                                && call.kind() == VendorCall.Kind.WRITE_REPEATABLE))
                .withMaxAttempts(config.maxAttempts())
                .onFailedAttempt(event -> failed(call, event))
                .onRetryScheduled(event -> {
                    if (event.getLastException() instanceof ConnectorException.RateLimited && event.getDelay()
                            .isPositive()) {
                        listener.throttled(call, event.getDelay());
                    }
                });
        Backoff backoff = config.backoff();
        if (backoff.waits()) {
            retried.withBackoff(backoff.initial(), backoff.max());
            if (backoff.jitter() > 0) {
                retried.withJitter(backoff.jitter());
            }
        }
        retried.withDelayFnOn(context -> rateLimitWait((ConnectorException.RateLimited) context.getLastException()),
                ConnectorException.RateLimited.class);
        RetryPolicy<R> loginAgain = RetryPolicy.<R>builder().handle(ConnectorException.AuthExpired.class)
                .withMaxRetries(1).onFailedAttempt(event -> failed(call, event)).build();
        return Failsafe.with(retried.build(), loginAgain).get(proceed::get);
    }

    private <R> void failed(VendorCall call, ExecutionAttemptedEvent<R> event) {
        if (event.getLastException() instanceof ConnectorException failure) {
            listener.attemptFailed(call, event.getAttemptCount(), failure);
        }
    }

    private Duration rateLimitWait(ConnectorException.RateLimited limited) {
        Duration wait = limited.retryAfter();
        return wait.compareTo(config.maxRateLimitWait()) > 0 ? config.maxRateLimitWait() : wait;
    }
}
