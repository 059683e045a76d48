package dev.kopru.core.connector;

import dev.kopru.core.input.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The configuration of one connection, checked against the connector's fields. Its {@link #toString()} masks every
 * secret, so it is safe to log.
 */
public final class ConnectionConfig {

    private final ConnectorDescriptor descriptor;
    private final Map<String, String> values;

    private ConnectionConfig(ConnectorDescriptor descriptor, Map<String, String> values) {
        this.descriptor = descriptor;
        this.values = values;
    }

    /**
     * Checks {@code values} against the descriptor: unknown fields and missing required fields are rejected with
     * a message naming the field; defaults fill what is absent.
     *
     * @throws IllegalArgumentException naming the field and the reason
     */
    public static ConnectionConfig of(ConnectorDescriptor descriptor, Map<String, String> values) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (String name : new TreeMap<>(values).keySet()) {
            if (descriptor.configField(name).isEmpty()) {
                throw new InvalidInputException(name, "unknown configuration field for " + descriptor.vendor()
                        + " (known: " + descriptor.configFields().stream().map(ConfigField::name)
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
        for (ConfigField field : descriptor.configFields()) {
            String value = values.get(field.name());
            if (value == null) {
                value = field.defaultValue().orElse(null);
            }
            if (value == null && field.required()) {
                throw new InvalidInputException(field.name(), "required (" + field.description() + ")");
            }
            if (value != null) {
                checked.put(field.name(), value);
            }
        }
        return new ConnectionConfig(descriptor, Map.copyOf(checked));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of a field that {@link #of} guaranteed (required, or with a default). */
    public String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new InvalidInputException(name, "not set");
        }
        return value;
    }

    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public String toString() {
        return descriptor.vendor() + values.keySet().stream().sorted()
                .map(k -> k + "=" + (descriptor.configField(k).map(ConfigField::secret).orElse(true) ? "****" : values.get(k)))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
