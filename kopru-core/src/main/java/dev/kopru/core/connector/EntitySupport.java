package dev.kopru.core.connector;

import java.util.List;
import java.util.Set;

/**
 * One entity a connector supports: its operations, how reads resume, and the natural keys by which a record can
 * be found again. {@code notes} says in plain words what the vendor lacks (e.g. "no change date: full reads only").
 */
public record EntitySupport(Entity<?> entity, Set<Operation> operations, CursorKind cursorKind,
                            List<String> naturalKeys, String notes) {
    public EntitySupport {
        operations = Set.copyOf(operations);
        naturalKeys = List.copyOf(naturalKeys);
    }
}
