package dev.kopru.connector.kit.chain;

/**
 * A vendor's own capability (one the core SPI does not define) that can send its vendor calls through a chain, so that
 * {@link ChainedConnector#capability} hands it out wrapped like every other call. A capability that is not
 * {@code Chainable} is not handed out by a chained connector at all.
 *
 * @param <C> the capability interface itself
 */
public interface Chainable<C> {

    /** This capability with each of its vendor calls sent through {@code calls}. */
    C through(Calls calls);

    /** The chain, as a capability's wrapper uses it. */
    interface Calls {
        <R> R call(String operation, VendorCall.Kind kind, java.util.function.Supplier<R> call);
    }
}
