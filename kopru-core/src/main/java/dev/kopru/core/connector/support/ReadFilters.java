package dev.kopru.core.connector.support;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.ReadRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Read filters and natural-key names a caller may use, refused by name when unknown or malformed. */
public final class ReadFilters {

    private ReadFilters() {
    }

    /** Refuses the first filter of {@code request}, in name order, that is not in {@code known}. */
    public static void check(String operation, ReadRequest request, Set<String> known) {
        for (String name : new TreeSet<>(request.filters().keySet())) {
            if (!known.contains(name)) {
                throw new ConnectorException.Validation(operation, name, name + ": not a filter of this entity"
                        + (known.isEmpty() ? " (it has none)" : " (known: " + String.join(", ", new TreeSet<>(known))
                        + ")"), null);
            }
        }
    }

    /** The filter {@code name} as a yyyy-MM-dd date, or null when absent or blank. */
    public static LocalDate date(String operation, ReadRequest request, String name) {
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

    /** The filter {@code name} as true or false (any case), or null when absent or blank. */
    public static Boolean bool(String operation, ReadRequest request, String name) {
        String value = request.filters().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConnectorException.Validation(operation, name, name + ": '" + value
                    + "' is not true or false", null);
        };
    }

    /** The refusal of a natural key {@code entity} does not have, listing those it has. */
    public static ConnectorException.Validation unknownNaturalKey(String operation, String entity, NaturalKey key,
                                                                  Collection<String> known) {
        return new ConnectorException.Validation(operation, "naturalKey.name", "naturalKey.name: '" + key.name()
                + "' is not a natural key of " + entity + " (known: " + String.join(", ", known) + ")", null);
    }
}
