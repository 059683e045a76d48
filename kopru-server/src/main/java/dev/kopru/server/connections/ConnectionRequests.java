package dev.kopru.server.connections;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The bodies of the connection endpoints. Unknown members are refused by name (a 400 naming the field). */
final class ConnectionRequests {

    private ConnectionRequests() {
    }

    /** {@code POST /api/v1/connections}. */
    @Schema(name = "NewConnection")
    record NewConnection(
            @Schema(description = "unique; letters, digits, '.', '_' and '-', not all digits", example = "mikro-main")
            String name,
            @Schema(description = "an installed connector's vendor, see GET /api/v1/connectors", example = "mikro")
            String vendor,
            @Schema(description = "the connector's configuration fields; secret ones are write-only")
            Map<String, String> config) {

        @Override
        public String toString() {
            // Spring logs a request body's toString at DEBUG: the values may be secrets, so only names show
            return "NewConnection[name=" + name + ", vendor=" + vendor + ", config=" + names(config) + "]";
        }
    }

    /** {@code PATCH /api/v1/connections/{id}}: what is given replaces what is stored; the rest stays. */
    @Schema(name = "ConnectionChange")
    record ConnectionChange(
            @Schema(description = "a new name") String name,
            @Schema(description = "fields to set; a secret given here replaces the stored one")
            Map<String, String> config) {

        @Override
        public String toString() {
            return "ConnectionChange[name=" + name + ", config=" + names(config) + "]";
        }
    }

    private static Object names(Map<String, String> config) {
        return config == null ? null : new java.util.TreeSet<>(config.keySet());
    }
}
