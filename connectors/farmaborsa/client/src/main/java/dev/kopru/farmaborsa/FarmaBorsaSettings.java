package dev.kopru.farmaborsa;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import java.time.Duration;

/** What a FarmaBorsa connection's fields are bound into: the client's config, its rate limit given in two fields. */
public final class FarmaBorsaSettings {

    private final FarmaBorsaConfig.Builder client = FarmaBorsaConfig.builder();
    private int permits = FarmaBorsaConfig.VENDOR_RATE_LIMIT.permits();
    private Duration period = FarmaBorsaConfig.VENDOR_RATE_LIMIT.period();

    FarmaBorsaConfig.Builder client() {
        return client;
    }

    void permits(int value) {
        if (value < 1) {
            throw new InvalidInputException(FarmaBorsaDescriptor.RATE_LIMIT_PERMITS, "must be at least 1, was " + value);
        }
        this.permits = value;
    }

    void period(Duration value) {
        this.period = value;
    }

    FarmaBorsaConnector open() {
        return new FarmaBorsaConnector(client.rateLimit(permits, period).build());
    }
}
