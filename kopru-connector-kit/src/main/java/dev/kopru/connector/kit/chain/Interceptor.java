package dev.kopru.connector.kit.chain;

import java.util.function.Supplier;

/**
 * Observes, delays, repeats or refuses a vendor call. {@code proceed} runs the rest of the chain and the call itself;
 * an interceptor calls it as often as it means the vendor to be called (once, not at all, or again for a retry).
 * Failures are the connector's: a {@link dev.kopru.core.connector.ConnectorException}, or the
 * {@link IllegalArgumentException} of a call the connector refused before sending.
 */
@FunctionalInterface
public interface Interceptor {

    <R> R intercept(VendorCall call, Supplier<R> proceed);
}
