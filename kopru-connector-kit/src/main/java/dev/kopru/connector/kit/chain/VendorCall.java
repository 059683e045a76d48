package dev.kopru.connector.kit.chain;

import java.util.Objects;
import java.util.Optional;

/**
 * One call that reaches a vendor, as interceptors see it.
 *
 * @param vendor     the connector's vendor, e.g. {@code mikro}
 * @param connection the connection's name
 * @param operation  {@code check}, {@code read}, {@code get}, {@code find}, {@code create}, {@code update},
 *                   {@code delete}, {@code sql}, {@code raw:<operation>}, {@code confirm}, {@code attachInvoice} or a
 *                   vendor capability's own name
 * @param entity     the canonical entity's name, for record calls
 * @param kind       what a repeat of the call may do
 */
public record VendorCall(String vendor, String connection, String operation, Optional<String> entity, Kind kind) {

    /** What sending the call again may do, which decides what {@link Retries} may repeat. */
    public enum Kind {
        /** Changes nothing: safe to repeat. */
        READ,
        /** Changes data and must never be sent twice on its own (a create, a delete, a raw write). */
        WRITE_ONCE,
        /** Changes data, but a repeat leaves it as one call would (an update, an order action): safe when in doubt. */
        WRITE_REPEATABLE
    }

    public VendorCall {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return vendor + "/" + connection + " " + operation + entity.map(e -> " " + e).orElse("");
    }
}
