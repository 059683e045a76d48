package dev.kopru.core.connector;

import java.util.Optional;

/**
 * One configuration field of a connector. A secret field is write-only: it is never logged, returned or printed.
 */
public record ConfigField(String name, String description, boolean required, boolean secret,
                          Optional<String> defaultValue) {

    public static ConfigField required(String name, String description) {
        return new ConfigField(name, description, true, false, Optional.empty());
    }

    public static ConfigField secret(String name, String description) {
        return new ConfigField(name, description, true, true, Optional.empty());
    }

    public static ConfigField optional(String name, String description, String defaultValue) {
        return new ConfigField(name, description, false, false, Optional.ofNullable(defaultValue));
    }
}
