package dev.kopru.server.entities;

import dev.kopru.core.connector.ChangePositions;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.CursorKind;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Operation;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.problems.OperationNotAllowedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * Query parameters into a {@link ReadRequest}, and the descriptor's say on which operations an entity offers.
 * {@code cursor} and {@code limit} page; {@code changedSince} starts a read at a date where the entity's cursor is a
 * change date; every other parameter is a filter of the connector's (which refuses those it does not know).
 */
final class EntityReads {

    static final String CURSOR = "cursor";
    static final String LIMIT = "limit";
    static final String CHANGED_SINCE = "changedSince";

    private EntityReads() {
    }

    static ReadRequest request(Connector connector, Entity<?> entity, MultiValueMap<String, String> query,
                               Map<String, String> fixedFilters) {
        ConnectorDescriptor descriptor = connector.descriptor();
        Map<String, String> filters = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (values.size() > 1) {
                throw new InvalidInputException(name, "given " + values.size() + " times; give it once");
            }
            filters.put(name, values.getFirst());
        });
        String cursor = filters.remove(CURSOR);
        String limitText = filters.remove(LIMIT);
        String changedSince = filters.remove(CHANGED_SINCE);
        fixedFilters.forEach((name, value) -> {
            if (filters.containsKey(name)) {
                throw new InvalidInputException(name, "set by the path; leave the parameter out");
            }
            filters.put(name, value);
        });
        Optional<Cursor> from = cursor == null || cursor.isEmpty() ? Optional.empty() : Optional.of(new Cursor(cursor));
        if (changedSince != null) {
            if (from.isPresent()) {
                throw new InvalidInputException(CHANGED_SINCE, "give either cursor or changedSince, not both");
            }
            from = Optional.of(fromDate(connector, entity, changedSince));
        }
        return new ReadRequest(from, limit(descriptor, limitText), filters);
    }

    private static int limit(ConnectorDescriptor descriptor, String text) {
        if (text == null || text.isEmpty()) {
            return descriptor.limits().defaultPageSize();
        }
        int max = descriptor.limits().maxPageSize();
        try {
            int limit = Integer.parseInt(text);
            if (limit < 1 || limit > max) {
                throw new InvalidInputException(LIMIT, "must be 1 to " + max + ", was " + limit);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(LIMIT, "'" + text + "' is not a whole number (1 to " + max + ")");
        }
    }

    /** A change-date cursor at the start of {@code text}: an ISO instant, or a date (midnight UTC). */
    private static Cursor fromDate(Connector connector, Entity<?> entity, String text) {
        ConnectorDescriptor descriptor = connector.descriptor();
        CursorKind kind = descriptor.support(entity).orElseThrow().cursorKind();
        if (kind != CursorKind.CHANGE_DATE_AND_KEY) {
            throw new InvalidInputException(CHANGED_SINCE, descriptor.vendor() + " " + EntityPaths.path(entity)
                    + " have no change date to start from (cursor kind " + kind + ")");
        }
        Instant at;
        try {
            at = text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(CHANGED_SINCE, "'" + text + "' is neither a date (2025-01-31) nor an"
                    + " instant (2025-01-31T09:00:00Z)");
        }
        return connector.capability(ChangePositions.class).orElseThrow(() -> new InvalidInputException(CHANGED_SINCE,
                descriptor.vendor() + " cannot start a read from a date")).at(entity, at);
    }

    /** @throws OperationNotAllowedException when the descriptor does not list {@code operation} for the entity */
    static void require(ConnectorDescriptor descriptor, Entity<?> entity, Operation operation) {
        if (!descriptor.supports(entity, operation)) {
            List<String> offered = Arrays.stream(Operation.values())
                    .filter(descriptor.support(entity).orElseThrow().operations()::contains).map(Enum::name).toList();
            throw new OperationNotAllowedException(operation.name(), operation.name().toLowerCase(java.util.Locale.ROOT)
                    + ": " + descriptor.vendor() + " does not offer " + operation + " for " + EntityPaths.path(entity)
                    + " (it offers " + String.join(", ", offered) + ")", offered);
        }
    }
}
