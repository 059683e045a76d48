package dev.kopru.server.connections;

import java.util.List;
import java.util.Map;

/**
 * A connection as the API shows it: the non-secret configuration, and only the names of the secrets that are set
 * (their values are write-only).
 */
public record ConnectionView(long id, String name, String vendor, Map<String, String> config, List<String> secretsSet) {
}
