package dev.kopru.core.connector.support;

import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import java.util.Optional;

/**
 * What a {@link HandlerConnector} does for one entity. An operation the descriptor does not list keeps its default,
 * which refuses it.
 */
public interface EntityHandler<T> {

    /** The entity's name in messages, e.g. {@code "invoice"}. */
    String entityName();

    /** One page of records; see {@link dev.kopru.core.connector.Connector#read}. */
    Page<T> read(ReadRequest request);

    /** One record by its vendor key. */
    Optional<T> get(String key);

    /** One record by a natural key the descriptor lists. */
    default Optional<T> find(NaturalKey naturalKey) {
        throw new NotOffered(this, "find by natural key");
    }

    /** The natural key stored for {@code record} before it is created. */
    default NaturalKey naturalKeyOf(T record) {
        throw new NotOffered(this, "natural keys");
    }

    /** Creates {@code record} once and returns its vendor key. */
    default String create(T record) {
        throw new NotOffered(this, "create");
    }

    /** Replaces the record under {@code key}. */
    default void update(String key, T record) {
        throw new NotOffered(this, "update");
    }

    /** Deletes the record under {@code key}. */
    default void delete(String key) {
        throw new NotOffered(this, "delete");
    }

    /** An operation this entity does not offer; {@link HandlerConnector} names its vendor in the message. */
    final class NotOffered extends UnsupportedOperationException {
        NotOffered(EntityHandler<?> handler, String operation) {
            super(handler.entityName() + " does not support " + operation + " (see the connector descriptor)");
        }
    }
}
