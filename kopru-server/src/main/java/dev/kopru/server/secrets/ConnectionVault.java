package dev.kopru.server.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.core.connector.ConfigField;
import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.input.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a connection's configuration into what the store keeps ({@code connections.config_json}, every secret field
 * sealed by the {@link SecretBox}) and back into a {@link ConnectionConfig} for the connector. Only this class
 * holds secrets in clear, and only on the way to a connector.
 */
public final class ConnectionVault {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private final SecretBox box;

    public ConnectionVault(SecretBox box) {
        this.box = box;
    }

    /**
     * Checks {@code values} against the vendor's descriptor and returns the JSON to store, secrets sealed.
     *
     * @throws IllegalArgumentException naming the field (unknown vendor, unknown or missing field)
     */
    public String seal(String vendor, Map<String, String> values) {
        ConnectorDescriptor descriptor = descriptor(vendor);
        ConnectionConfig.of(descriptor, values); // refuses unknown and missing fields before anything is stored
        Map<String, String> stored = new TreeMap<>();
        values.forEach((name, value) -> stored.put(name, isSecret(descriptor, name) && !SecretBox.isSealed(value)
                ? box.seal(value) : value));
        return write(stored);
    }

    /** The stored JSON opened into the connector's configuration, secrets in clear. */
    public ConnectionConfig open(String vendor, String storedJson) {
        ConnectorDescriptor descriptor = descriptor(vendor);
        Map<String, String> values = new LinkedHashMap<>();
        read(storedJson).forEach((name, value) -> values.put(name, SecretBox.isSealed(value) ? box.open(value) : value));
        return ConnectionConfig.of(descriptor, values);
    }

    /** The stored values without the secrets: what an API response or a log line may show. */
    public Map<String, String> visible(String vendor, String storedJson) {
        ConnectorDescriptor descriptor = descriptor(vendor);
        Map<String, String> visible = new TreeMap<>();
        read(storedJson).forEach((name, value) -> {
            if (!isSecret(descriptor, name)) {
                visible.put(name, value);
            }
        });
        return visible;
    }

    /**
     * Merges a change into the stored JSON: fields in {@code changes} replace the stored ones (a secret left out
     * keeps its sealed value, since secrets are never read back to be re-sent).
     */
    public String merge(String vendor, String storedJson, Map<String, String> changes) {
        Map<String, String> merged = new TreeMap<>(read(storedJson));
        merged.putAll(changes);
        ConnectorDescriptor descriptor = descriptor(vendor);
        Map<String, String> opened = new LinkedHashMap<>();
        merged.forEach((name, value) -> opened.put(name, SecretBox.isSealed(value) ? box.open(value) : value));
        ConnectionConfig.of(descriptor, opened);
        return seal(vendor, merged);
    }

    public static ConnectorDescriptor descriptor(String vendor) {
        return ConnectorFactory.forVendor(vendor).map(ConnectorFactory::descriptor)
                .orElseThrow(() -> new InvalidInputException("vendor", "no connector for '" + vendor + "' (installed: "
                        + ConnectorFactory.installed().stream().map(f -> f.descriptor().vendor()).toList() + ")"));
    }

    private static boolean isSecret(ConnectorDescriptor descriptor, String name) {
        return descriptor.configField(name).map(ConfigField::secret).orElse(true);
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("connections.config_json: not a JSON object of strings");
        }
    }

    private static String write(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
