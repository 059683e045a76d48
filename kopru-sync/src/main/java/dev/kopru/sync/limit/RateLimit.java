package dev.kopru.sync.limit;

import dev.kopru.connector.kit.chain.CallListener;
import dev.kopru.connector.kit.chain.Interceptor;
import dev.kopru.connector.kit.chain.VendorCall;
import dev.kopru.core.connector.Limits;
import java.time.Duration;
import java.util.function.Supplier;

/** Each call of one connection first takes a permit of the connection's rate limit, shared by every node. */
record RateLimit(ConnectionRateLimiter limiter, long connectionId, Limits.RateLimit limit, CallListener listener)
        implements Interceptor {

    @Override
    public <R> R intercept(VendorCall call, Supplier<R> proceed) {
        Duration waited = limiter.acquire(connectionId, limit);
        if (!waited.isZero()) {
            listener.throttled(call, waited);
        }
        return proceed.get();
    }
}
