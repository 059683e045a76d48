package dev.kopru.core.connector;

import dev.kopru.core.input.InvalidInputException;
import java.util.Objects;

/**
 * An opaque, resumable read position. Only the connector that issued it can read it; the engine stores it
 * verbatim and hands it back. {@link ChangeCursor} is the usual content for change-date connectors.
 */
public record Cursor(String value) {
    public Cursor {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new InvalidInputException("cursor", "must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
