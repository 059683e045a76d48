package dev.kopru.server.entities;

import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.EntitySupport;
import dev.kopru.server.problems.NotFoundException;
import java.util.stream.Collectors;

/** The path segment of each entity: its name in the plural ({@code party} → {@code parties}). */
public final class EntityPaths {

    private EntityPaths() {
    }

    public static String path(Entity<?> entity) {
        String name = entity.name();
        return name.endsWith("y") ? name.substring(0, name.length() - 1) + "ies" : name + "s";
    }

    /**
     * The entity under {@code segment}, if {@code descriptor} supports it.
     *
     * @throws NotFoundException naming the segment and the entities the connector supports
     */
    public static Entity<?> supported(ConnectorDescriptor descriptor, String segment) {
        return descriptor.entities().stream().map(EntitySupport::entity).filter(e -> path(e).equals(segment))
                .findFirst().orElseThrow(() -> new NotFoundException("entity", "'" + segment + "' is not an entity of "
                        + descriptor.vendor() + " connections (supported: " + descriptor.entities().stream()
                        .map(s -> path(s.entity())).collect(Collectors.joining(", ")) + ")"));
    }
}
