package dev.kopru.farmaborsa;

import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import java.util.Optional;

/**
 * What {@link FarmaBorsaConnector} does for one entity. An operation the descriptor does not list keeps its default,
 * which refuses it.
 */
interface EntityHandler<T> {

    String entityName();

    Page<T> read(ReadRequest request);

    Optional<T> get(String key);

    default Optional<T> find(NaturalKey naturalKey) {
        throw unsupported("find by natural key");
    }

    default NaturalKey naturalKeyOf(T record) {
        throw unsupported("natural keys");
    }

    default String create(T record) {
        throw unsupported("create");
    }

    default void update(String key, T record) {
        throw unsupported("update");
    }

    default void delete(String key) {
        throw unsupported("delete");
    }

    private UnsupportedOperationException unsupported(String operation) {
        return new UnsupportedOperationException("farmaborsa: " + entityName() + " does not support " + operation
                + " (see the connector descriptor)");
    }
}
