package dev.kopru.core.connector;

import java.util.Objects;
import java.util.Optional;

/**
 * A record a page brought back that the connector could not parse or map: the engine dead-letters it (stage READ)
 * and goes on with the rest of the page.
 *
 * @param rawJson the record as the vendor sent it
 * @param key     its key, when the vendor's row had one the connector could read
 * @param reason  what was wrong with it, naming the field where known
 */
public record Unreadable(String rawJson, Optional<String> key, String reason) {
    public Unreadable {
        Objects.requireNonNull(rawJson, "rawJson");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
    }
}
