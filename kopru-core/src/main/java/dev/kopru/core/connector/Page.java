package dev.kopru.core.connector;

import java.util.List;
import java.util.Objects;

/**
 * One page of a read. {@code next} resumes after the last record of this page; when {@code last} is true it is
 * the position from which the next incremental read starts. {@code unreadable}: rows of the page that could not be
 * parsed or mapped (the cursor moves past them too). {@code deleted}: the keys of records the vendor reports deleted
 * or cancelled (Mikro's {@code *_iptal}) in this stretch of the read, for connectors that can tell.
 */
public record Page<T>(List<T> records, Cursor next, boolean last, List<Unreadable> unreadable, List<String> deleted) {
    public Page {
        records = List.copyOf(records);
        Objects.requireNonNull(next, "next");
        unreadable = List.copyOf(unreadable);
        deleted = List.copyOf(deleted);
    }

    /** A page whose every row was read. */
    public Page(List<T> records, Cursor next, boolean last) {
        this(records, next, last, List.of(), List.of());
    }

    /** A page with rows that could not be read and no deletions. */
    public Page(List<T> records, Cursor next, boolean last, List<Unreadable> unreadable) {
        this(records, next, last, unreadable, List.of());
    }
}
