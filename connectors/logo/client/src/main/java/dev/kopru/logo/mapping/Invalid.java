package dev.kopru.logo.mapping;

import dev.kopru.core.connector.ConnectorException;

/** A canonical record refused before anything is sent to Logo, so nothing can be half-written. */
public final class Invalid {

    private Invalid() {
    }

    public static ConnectorException.Validation field(String operation, String field, String reason) {
        return new ConnectorException.Validation(operation, field,
                field + ": " + reason + " (checked before " + operation + "; nothing was sent)", null);
    }

    static String requireText(String operation, String field, String value) {
        if (value == null || value.isBlank()) {
            throw field(operation, field, "required");
        }
        return value;
    }
}
