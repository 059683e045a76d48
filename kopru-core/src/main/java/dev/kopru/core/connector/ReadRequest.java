package dev.kopru.core.connector;

import dev.kopru.core.input.InvalidInputException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a read starts and how much it takes. {@code from} empty means "from the beginning" (a full read);
 * filters are connector-specific names from the descriptor (e.g. {@code code}, {@code from}, {@code to}).
 */
public record ReadRequest(Optional<Cursor> from, int pageSize, Map<String, String> filters) {
    public ReadRequest {
        Objects.requireNonNull(from, "from");
        if (pageSize < 1) {
            throw new InvalidInputException("pageSize", "must be at least 1, was " + pageSize);
        }
        filters = Map.copyOf(filters);
    }

    public static ReadRequest full(int pageSize) {
        return new ReadRequest(Optional.empty(), pageSize, Map.of());
    }

    public static ReadRequest after(Cursor cursor, int pageSize) {
        return new ReadRequest(Optional.of(cursor), pageSize, Map.of());
    }

    public ReadRequest continueAt(Cursor next) {
        return new ReadRequest(Optional.of(next), pageSize, filters);
    }
}
