package dev.kopru.core.connector;

/**
 * Offered through {@link Connector#capability(Class)} by connectors whose create may answer with a provisional key: one
 * that stands for a request the vendor has not yet turned into a record (a FarmaBorsa listing waiting for its product
 * card). A provisional key cannot be updated; {@link Connector#get} under it answers with the record once the vendor
 * made it, under its own key, and with the pending request (under the provisional key) until then.
 */
public interface ProvisionalKeys extends LocalCapability {

    /** Whether {@code key}, returned by a create of {@code entity}, is provisional. */
    boolean isProvisional(Entity<?> entity, String key);
}
