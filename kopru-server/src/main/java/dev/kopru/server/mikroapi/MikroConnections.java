package dev.kopru.server.mikroapi;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.connections.ConnectorPool;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which Mikro connection a drop-in request means: the one it names ({@code ?connection=} or the
 * {@code X-Kopru-Connection} header, by id or name), else the one named by {@code kopru.mikro-api.default-connection},
 * else the first Mikro connection.
 */
@Component
class MikroConnections {

    static final String VENDOR = "mikro";

    private final SyncStore store;
    private final ConnectorPool connectors;
    private final ConnectionVault vault;
    private final String defaultName;

    MikroConnections(SyncStore store, ConnectorPool connectors, ConnectionVault vault,
                     @Value("${kopru.mikro-api.default-connection:}") String defaultName) {
        this.store = store;
        this.connectors = connectors;
        this.vault = vault;
        this.defaultName = defaultName;
    }

    /** The configured default connection's name, when one is configured. */
    Optional<String> defaultName() {
        return defaultName == null || defaultName.isBlank() ? Optional.empty() : Optional.of(defaultName.strip());
    }

    /** The connection a request names by query parameter (first) or header, else the default. */
    MikroTarget resolve(String parameter, String header) {
        return resolve(parameter != null && !parameter.isBlank() ? parameter : header);
    }

    /**
     * @param selector a connection id or name; null or blank means the default
     * @throws NotFoundException        when there is no such connection, or no Mikro connection at all
     * @throws IllegalArgumentException naming {@code connection} when it is not a Mikro connection
     */
    MikroTarget resolve(String selector) {
        StoredConnection connection = selector != null && !selector.isBlank() ? named(selector.strip())
                : defaultName().map(this::named).orElseGet(this::firstMikro);
        if (!VENDOR.equals(connection.vendor())) {
            throw new InvalidInputException("connection", "'" + connection.name() + "' is a " + connection.vendor()
                    + " connection; /api/mikro serves Mikro connections only");
        }
        return new MikroTarget(connection, connectors.connectorFor(connection),
                vault.visible(connection.vendor(), connection.configJson()));
    }

    private StoredConnection named(String selector) {
        return store.transaction(tx -> selector.matches("\\d{1,18}")
                ? store.connections().find(tx, Long.parseLong(selector))
                        .or(() -> store.connections().findByName(tx, selector))
                : store.connections().findByName(tx, selector))
                .orElseThrow(() -> new NotFoundException("connection '" + selector + "': no such connection"));
    }

    private StoredConnection firstMikro() {
        return store.transaction(tx -> store.connections().list(tx)).stream()
                .filter(c -> VENDOR.equals(c.vendor())).findFirst()
                .orElseThrow(() -> new NotFoundException("connection", "no Mikro connection is defined; add one"
                        + " (POST /api/v1/connections) or set MIKRO_API_URL and the other MIKRO_* keys"));
    }
}
