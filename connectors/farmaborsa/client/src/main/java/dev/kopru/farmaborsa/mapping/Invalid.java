package dev.kopru.farmaborsa.mapping;

import dev.kopru.core.connector.ConnectorException;

/** A canonical record refused before anything is sent to FarmaBorsa, so nothing can be half-written. */
public final class Invalid {

    private Invalid() {
    }

    public static ConnectorException.Validation field(String operation, String field, String reason) {
        return new ConnectorException.Validation(operation, field,
                field + ": " + reason + " (checked before " + operation + "; nothing was sent)", null);
    }
}
