package dev.kopru.connector.kit.chain;

import dev.kopru.core.connector.ConnectorException;
import java.time.Duration;

/** Hears what the chain's interceptors do to calls: failed attempts that are retried, and waits for a rate limit. */
public interface CallListener {

    CallListener NONE = new CallListener() { };

    /** Attempt {@code attempt} (1 for the first) of {@code call} failed with {@code failure}, which is retried. */
    default void attemptFailed(VendorCall call, int attempt, ConnectorException failure) {
    }

    /** {@code call} waited {@code waited} for a rate limit: the connection's shared one or the vendor's retry-after. */
    default void throttled(VendorCall call, Duration waited) {
    }

    /** This listener, then {@code other}. */
    default CallListener and(CallListener other) {
        if (other == NONE) {
            return this;
        }
        CallListener first = this;
        return new CallListener() {
            @Override
            public void attemptFailed(VendorCall call, int attempt, ConnectorException failure) {
                first.attemptFailed(call, attempt, failure);
                other.attemptFailed(call, attempt, failure);
            }

            @Override
            public void throttled(VendorCall call, Duration waited) {
                first.throttled(call, waited);
                other.throttled(call, waited);
            }
        };
    }
}
