package dev.kopru.core.connector;

/**
 * A capability that answers from the connector itself and never calls the vendor (what a cursor means, which keys
 * are provisional). Wrappers that put vendor calls on a chain hand such a capability out as it is.
 */
public interface LocalCapability {
}
