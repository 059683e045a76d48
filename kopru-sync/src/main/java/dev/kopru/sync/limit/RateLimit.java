package dev.kopru.sync.limit;

import dev.kopru.connector.kit.chain.CallListener;
import dev.kopru.connector.kit.chain.Interceptor;
import dev.kopru.connector.kit.chain.VendorCall;
import dev.kopru.core.connector.Limits;
import java.util.function.Supplier;

/**
 * Each call of one connection is made under a permit of the connection's rate limit, shared by every node, which
 * counts as used from the call's end.
 */
record RateLimit(ConnectionRateLimiter limiter, long connectionId, Limits.RateLimit limit, CallListener listener)
        implements Interceptor {

    @Override
    public <R> R intercept(VendorCall call, Supplier<R> proceed) {
        return limiter.within(connectionId, limit, waited -> listener.throttled(call, waited), proceed);
    }
}
