package dev.kopru.mikro;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.ReadRequest;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Read filters and natural-key names a caller may use, refused by name when unknown. */
final class Filters {

    private Filters() {
    }

    static void check(String operation, ReadRequest request, Set<String> known) {
        for (String name : new TreeSet<>(request.filters().keySet())) {
            if (!known.contains(name)) {
                throw new ConnectorException.Validation(operation, name, name + ": not a filter of this entity"
                        + (known.isEmpty() ? " (it has none)" : " (known: " + String.join(", ", new TreeSet<>(known))
                        + ")"), null);
            }
        }
    }

    static ConnectorException.Validation unknownNaturalKey(String operation, String entity, NaturalKey key,
                                                           Collection<String> known) {
        return new ConnectorException.Validation(operation, "naturalKey.name", "naturalKey.name: '" + key.name()
                + "' is not a natural key of " + entity + " (known: " + String.join(", ", known) + ")", null);
    }
}
