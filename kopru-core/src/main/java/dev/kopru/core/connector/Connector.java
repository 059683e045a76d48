package dev.kopru.core.connector;

import dev.kopru.core.model.CanonicalRecord;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One open connection to one vendor account. Every method fails only with a {@link ConnectorException}
 * (or {@link OperationNotOfferedException} for an operation the descriptor does not list).
 *
 * <p>Writes are sent once: the connector never retries a create, update or delete on its own. A write whose
 * outcome is unknown ends in {@link ConnectorException.InDoubt}; the caller resolves it with
 * {@link #findByNaturalKey}.
 */
public interface Connector extends AutoCloseable {

    ConnectorDescriptor descriptor();

    /** Verifies that the vendor is reachable and accepts the credentials, company and period. */
    void check();

    /** Reads one page. Start with an empty cursor for a full read; pass {@link Page#next()} to go on. */
    <T extends CanonicalRecord> Page<T> read(Entity<T> entity, ReadRequest request);

    /** Reads one record by its vendor key, as returned by {@link #create}. */
    <T extends CanonicalRecord> Optional<T> get(Entity<T> entity, String key);

    /** Finds one record by a natural key listed in the descriptor. */
    <T extends CanonicalRecord> Optional<T> findByNaturalKey(Entity<T> entity, NaturalKey naturalKey);

    /** The natural key this connector will store for the record, to be committed before {@link #create}. */
    <T extends CanonicalRecord> NaturalKey naturalKeyOf(Entity<T> entity, T record);

    /** Creates the record once and returns its vendor key. */
    <T extends CanonicalRecord> String create(Entity<T> entity, T record);

    <T extends CanonicalRecord> void update(Entity<T> entity, String key, T record);

    <T extends CanonicalRecord> void delete(Entity<T> entity, String key);

    /**
     * An optional capability beyond records, e.g. {@link OrderActions}; empty when the connector has none of that
     * type. Wrappers pass it through.
     */
    default <C> Optional<C> capability(Class<C> type) {
        return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
    }

    @Override
    default void close() {
    }

    /** All records from {@code request}'s cursor on, fetched page by page as the stream is consumed. */
    default <T extends CanonicalRecord> Stream<T> stream(Entity<T> entity, ReadRequest request) {
        Iterator<T> records = new Iterator<>() {
            private ReadRequest nextRequest = request;
            private Iterator<T> current = java.util.Collections.emptyIterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    Page<T> page = read(entity, nextRequest);
                    current = page.records().iterator();
                    last = page.last();
                    nextRequest = nextRequest.continueAt(page.next());
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false);
    }
}
