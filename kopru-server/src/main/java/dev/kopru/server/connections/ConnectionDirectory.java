package dev.kopru.server.connections;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.store.StoreException;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.store.Tx;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored connections, as the API changes them: every change is checked in full (fields, values, that the
 * connector opens) before anything is written, secrets are sealed by the {@link ConnectionVault}, and a changed
 * connection is evicted from the {@link ConnectorPool} so that its next use opens it afresh.
 */
@Service
public class ConnectionDirectory {

    private static final System.Logger LOG = System.getLogger(ConnectionDirectory.class.getName());
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,119}");

    private final SyncStore store;
    private final ConnectionVault vault;
    private final ConnectorPool pool;
    private final JsonMapper json;

    public ConnectionDirectory(SyncStore store, ConnectionVault vault, ConnectorPool pool, JsonMapper json) {
        this.store = store;
        this.vault = vault;
        this.pool = pool;
        this.json = json;
    }

    /** The connection with id {@code idOrName}, or else the one of that name. */
    public StoredConnection resolve(String idOrName) {
        return store.transaction(tx -> idOrName.matches("\\d{1,18}")
                ? store.connections().find(tx, Long.parseLong(idOrName))
                : store.connections().findByName(tx, idOrName))
                .orElseThrow(() -> new NotFoundException("connection", "no connection '" + idOrName + "'"));
    }

    public List<StoredConnection> list() {
        return store.transaction(tx -> store.connections().list(tx));
    }

    /** The open connector of {@code connection} (opened on first use, shared with the engine). */
    public Connector connector(StoredConnection connection) {
        return pool.connectorFor(connection);
    }

    StoredConnection create(ConnectionRequests.NewConnection request) {
        String name = checkedName(request.name());
        require("vendor", request.vendor());
        String sealed = vault.seal(request.vendor(), values(request.config()));
        tryOpen(request.vendor(), sealed);
        StoredConnection created = store.transaction(tx -> {
            refuseTakenName(tx, name, -1);
            return store.connections().add(tx, request.vendor(), name, sealed);
        });
        LOG.log(System.Logger.Level.INFO, "connection {0} ''{1}'' ({2}) created: {3}", created.id(), name,
                created.vendor(), vault.visible(created.vendor(), sealed));
        return created;
    }

    StoredConnection change(String idOrName, ConnectionRequests.ConnectionChange change) {
        StoredConnection current = resolve(idOrName);
        String name = change.name() == null ? current.name() : checkedName(change.name());
        String sealed = change.config() == null ? current.configJson()
                : vault.merge(current.vendor(), current.configJson(), values(change.config()));
        tryOpen(current.vendor(), sealed);
        store.inTransaction(tx -> {
            refuseTakenName(tx, name, current.id());
            store.connections().update(tx, current.id(), name, sealed);
        });
        pool.evict(current.id());
        LOG.log(System.Logger.Level.INFO, "connection {0} ''{1}'' changed: {2}", current.id(), name,
                vault.visible(current.vendor(), sealed));
        return new StoredConnection(current.id(), current.vendor(), name, sealed);
    }

    /** @throws IllegalStateException naming the pipelines that still use the connection */
    void delete(String idOrName) {
        StoredConnection connection = resolve(idOrName);
        try {
            store.inTransaction(tx -> store.connections().delete(tx, connection));
        } catch (StoreException e) {
            throw new ConflictException("connection", "'" + connection.name() + "' is still referenced by stored"
                    + " data and cannot be deleted");
        }
        pool.evict(connection.id());
        LOG.log(System.Logger.Level.INFO, "connection {0} ''{1}'' deleted", connection.id(), connection.name());
    }

    /** What the API shows of {@code connection}: non-secret values, and the names of the secrets that are set. */
    public ConnectionView view(StoredConnection connection) {
        Map<String, String> visible = vault.visible(connection.vendor(), connection.configJson());
        List<String> secrets = json.readTree(connection.configJson()).propertyNames().stream()
                .filter(name -> !visible.containsKey(name)).sorted().toList();
        return new ConnectionView(connection.id(), connection.name(), connection.vendor(), visible, secrets);
    }

    /** Opening checks the values (numbers, durations, URLs) without calling the vendor. */
    private void tryOpen(String vendor, String sealed) {
        ConnectorFactory factory = ConnectorFactory.forVendor(vendor).orElseThrow();
        try (Connector ignored = factory.open(vault.open(vendor, sealed))) {
            // nothing to do: the connector opened
        }
    }

    private void refuseTakenName(Tx tx, String name, long self) {
        store.connections().findByName(tx, name).filter(other -> other.id() != self).ifPresent(other -> {
            throw new ConflictException("name", "connection " + other.id() + " is already called '" + name + "'");
        });
    }

    private static String checkedName(String name) {
        require("name", name);
        if (!NAME.matcher(name).matches() || name.matches("\\d+")) {
            throw new InvalidInputException("name", "'" + name + "' must be 1-120 letters, digits, '.', '_' or '-',"
                    + " start with a letter or digit, and not be all digits (a number is an id)");
        }
        return name;
    }

    private static Map<String, String> values(Map<String, String> config) {
        if (config == null) {
            return Map.of();
        }
        config.forEach((field, value) -> {
            if (value == null) {
                throw new InvalidInputException("config." + field, "null is not a value (leave the field out)");
            }
            if (hasUserInfo(value)) {
                // the value is not echoed: it holds a password, and a URL is not kept as a secret
                throw new InvalidInputException("config." + field, "a URL with a user name or password in it"
                        + " (user:pass@) is refused; give them in the connection's own secret fields");
            }
        });
        return config;
    }

    private static boolean hasUserInfo(String value) {
        if (!value.contains("://")) {
            return false;
        }
        try {
            return java.net.URI.create(value.strip()).getRawUserInfo() != null;
        } catch (IllegalArgumentException notAUri) {
            return value.substring(value.indexOf("://") + 3).split("[/?#]", 2)[0].contains("@");
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
    }
}
