package dev.kopru.farmaborsa;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.ReadRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Read filters and natural-key names a caller may use, refused by name when unknown or malformed. */
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

    static LocalDate date(String operation, ReadRequest request, String name) {
        String value = request.filters().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ConnectorException.Validation(operation, name, name + ": '" + value
                    + "' is not a date (yyyy-MM-dd)", null);
        }
    }

    static Boolean bool(String operation, ReadRequest request, String name) {
        String value = request.filters().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConnectorException.Validation(operation, name, name + ": '" + value
                    + "' is not true or false", null);
        };
    }

    static ConnectorException.Validation unknownNaturalKey(String operation, String entity, NaturalKey key,
                                                           Collection<String> known) {
        return new ConnectorException.Validation(operation, "naturalKey.name", "naturalKey.name: '" + key.name()
                + "' is not a natural key of " + entity + " (known: " + String.join(", ", known) + ")", null);
    }
}
