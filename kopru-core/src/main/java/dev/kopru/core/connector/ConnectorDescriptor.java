package dev.kopru.core.connector;

import java.util.List;
import java.util.Optional;

/**
 * What a connector supports and how to configure it. The server's API, the CLI and the docs render from this one
 * description.
 */
public record ConnectorDescriptor(String vendor, String title, List<EntitySupport> entities, Limits limits,
                                  List<ConfigField> configFields) {

    public ConnectorDescriptor {
        entities = List.copyOf(entities);
        configFields = List.copyOf(configFields);
    }

    public Optional<EntitySupport> support(Entity<?> entity) {
        return entities.stream().filter(s -> s.entity().equals(entity)).findFirst();
    }

    public boolean supports(Entity<?> entity, Operation operation) {
        return support(entity).map(s -> s.operations().contains(operation)).orElse(false);
    }

    public Optional<ConfigField> configField(String name) {
        return configFields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
