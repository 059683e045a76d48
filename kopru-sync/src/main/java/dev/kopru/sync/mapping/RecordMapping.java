package dev.kopru.sync.mapping;

import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.CanonicalRecord;
import java.util.List;

/**
 * Turns a source record into the record a pipeline writes to its target. A mapping is built once per run from the
 * pipeline's options; {@link #map} is called for every record read, so it must give the same target record for the
 * same source record (the content hash of the result decides whether anything is sent).
 */
public interface RecordMapping<S extends CanonicalRecord, T extends CanonicalRecord> {

    Entity<S> source();

    Entity<T> target();

    /**
     * The target record for {@code record}.
     *
     * @throws MappingException naming the field when the record cannot be mapped (it is dead-lettered)
     */
    T map(S record, MappingContext context);

    /**
     * Whether the target may already hold a record's target record before this pipeline first writes it (a customer
     * card another pipeline opened): then its natural key is looked up before the first create. No by default.
     */
    default boolean findsBeforeCreating() {
        return false;
    }

    /** What to do, in order, once the target record exists; none by default. */
    default List<AfterWriteStep<S, T>> afterWrite() {
        return List.of();
    }
}
