package dev.kopru.server.mikroapi;

import dev.kopru.server.connections.ConnectorPool;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At startup, when {@code MIKRO_API_URL} is set: creates or updates the default Mikro connection from the guide's
 * {@code .env} keys ({@link GuideEnvironment}), named by {@code kopru.mikro-api.default-connection} or {@code mikro}.
 */
@Component
class GuideEnvironmentSetup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(GuideEnvironmentSetup.class);
    static final String DEFAULT_NAME = "mikro";

    private final Environment environment;
    private final SyncStore store;
    private final ConnectionVault vault;
    private final ConnectorPool connectors;
    private final MikroConnections connections;

    GuideEnvironmentSetup(Environment environment, SyncStore store, ConnectionVault vault, ConnectorPool connectors,
                          MikroConnections connections) {
        this.environment = environment;
        this.store = store;
        this.vault = vault;
        this.connectors = connectors;
        this.connections = connections;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!GuideEnvironment.present(environment::getProperty)) {
            return;
        }
        GuideEnvironment guide = GuideEnvironment.read(environment::getProperty);
        String name = connections.defaultName().orElse(DEFAULT_NAME);
        StoredConnection saved = store.transaction(tx -> {
            Optional<StoredConnection> existing = store.connections().findByName(tx, name);
            if (existing.isEmpty()) {
                return store.connections().add(tx, MikroConnections.VENDOR, name,
                        vault.seal(MikroConnections.VENDOR, guide.settings()));
            }
            StoredConnection current = existing.get();
            if (!MikroConnections.VENDOR.equals(current.vendor())) {
                throw new IllegalStateException(GuideEnvironment.URL + ": connection '" + name + "' is a "
                        + current.vendor() + " connection; name another with kopru.mikro-api.default-connection");
            }
            String merged = vault.merge(current.vendor(), current.configJson(), guide.settings());
            store.connections().updateConfig(tx, current.id(), merged);
            return new StoredConnection(current.id(), current.vendor(), name, merged);
        });
        connectors.evict(saved.id());
        LOG.info("Mikro connection '{}' (id {}) configured from the MIKRO_* settings: {}", name, saved.id(),
                vault.visible(saved.vendor(), saved.configJson()));
        guide.notes().forEach(note -> LOG.warn("Mikro connection '{}': {}", name, note));
    }
}
