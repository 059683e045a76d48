package dev.kopru.core.connector.support;

import dev.kopru.core.connector.ChangeCursor;
import dev.kopru.core.connector.ChangePositions;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.CursorKind;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.EntitySupport;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.OperationNotOfferedException;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.CanonicalRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link Connector} whose record operations each go to the {@link EntityHandler} of the entity, so that a vendor
 * connector states only its handlers, {@link #descriptor()} and {@link #check()}. An entity without a handler, or an
 * operation its handler does not offer, is refused with an {@link OperationNotOfferedException} naming the vendor.
 * Its reads by change date issue {@link ChangeCursor}s, which it decodes for {@link ChangePositions}.
 */
public abstract class HandlerConnector implements Connector, ChangePositions {

    private final String vendor;

    /** {@code vendor} prefixes refusals, e.g. {@code "mikro: invoice does not support delete ..."}. */
    protected HandlerConnector(String vendor) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
    }

    @Override
    public final Cursor at(Entity<?> entity, Instant from) {
        CursorKind kind = descriptor().support(entity).map(EntitySupport::cursorKind).orElse(CursorKind.NONE);
        if (kind != CursorKind.CHANGE_DATE_AND_KEY) {
            throw new InvalidInputException("from", vendor + " reads " + entity + " with a " + kind
                    + " cursor, which cannot be set from a date");
        }
        return new ChangeCursor(from, "").encode();
    }

    @Override
    public final Optional<Instant> changedAt(Entity<?> entity, Cursor cursor) {
        return ChangeCursor.changedAtOf(cursor);
    }

    /** The handler of every entity this connector supports. */
    protected abstract Map<Entity<?>, EntityHandler<?>> handlers();

    /**
     * Capabilities the connector offers through objects of their own (the kit's raw calls, say), so that it need not
     * implement each interface only to delegate to them. {@link #capability} looks here after the connector itself.
     */
    protected List<Object> capabilities() {
        return List.of();
    }

    @Override
    public <C> Optional<C> capability(Class<C> type) {
        if (type.isInstance(this)) {
            return Optional.of(type.cast(this));
        }
        return capabilities().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    @Override
    public final <T extends CanonicalRecord> Page<T> read(Entity<T> entity, ReadRequest request) {
        return dispatch(entity, handler -> handler.read(request));
    }

    @Override
    public final <T extends CanonicalRecord> Optional<T> get(Entity<T> entity, String key) {
        return dispatch(entity, handler -> handler.get(key));
    }

    @Override
    public final <T extends CanonicalRecord> Optional<T> findByNaturalKey(Entity<T> entity, NaturalKey naturalKey) {
        return dispatch(entity, handler -> handler.find(naturalKey));
    }

    @Override
    public final <T extends CanonicalRecord> NaturalKey naturalKeyOf(Entity<T> entity, T record) {
        return dispatch(entity, handler -> handler.naturalKeyOf(record));
    }

    @Override
    public final <T extends CanonicalRecord> String create(Entity<T> entity, T record) {
        return dispatch(entity, handler -> handler.create(record));
    }

    @Override
    public final <T extends CanonicalRecord> void update(Entity<T> entity, String key, T record) {
        dispatch(entity, handler -> {
            handler.update(key, record);
            return null;
        });
    }

    @Override
    public final <T extends CanonicalRecord> void delete(Entity<T> entity, String key) {
        dispatch(entity, handler -> {
            handler.delete(key);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private <T extends CanonicalRecord, R> R dispatch(Entity<T> entity, Function<EntityHandler<T>, R> operation) {
        EntityHandler<T> handler = (EntityHandler<T>) handlers().get(entity);
        if (handler == null) {
            throw new OperationNotOfferedException(vendor + ": " + entity + " is not supported");
        }
        try {
            return operation.apply(handler);
        } catch (EntityHandler.NotOffered notOffered) {
            throw new OperationNotOfferedException(vendor + ": " + notOffered.getMessage());
        }
    }
}
