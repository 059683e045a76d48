package dev.kopru.core.connector;

import java.util.List;
import java.util.Objects;

/**
 * One page of a read. {@code next} resumes after the last record of this page; when {@code last} is true it is
 * the position from which the next incremental read starts.
 */
public record Page<T>(List<T> records, Cursor next, boolean last) {
    public Page {
        records = List.copyOf(records);
        Objects.requireNonNull(next, "next");
    }
}
