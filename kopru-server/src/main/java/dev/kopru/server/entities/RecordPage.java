package dev.kopru.server.entities;

import dev.kopru.core.connector.Page;
import java.util.List;

/**
 * One page of records: {@code next} continues the listing (null after the last page); {@code resume} is the
 * position after the last record read, kept by a caller that wants only what changes from now on.
 */
public record RecordPage<T>(List<T> items, String next, String resume) {

    static <T> RecordPage<T> of(Page<T> page) {
        return new RecordPage<>(page.records(), page.last() ? null : page.next().value(), page.next().value());
    }
}
