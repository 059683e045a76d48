package dev.kopru.server.demo;

import dev.kopru.farmaborsa.FarmaBorsaDescriptor;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.server.connections.ConnectorPool;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.wiradius.WiradiusDescriptor;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo connections, one per started sandbox, stored through the server's own beans (secrets sealed by the
 * {@link ConnectionVault}), and a second one to the FarmaBorsa sandbox for the main company's seller account. A
 * connection that exists (same name) is kept; only its URL follows the sandbox, whose port may differ from the last
 * start.
 */
public final class DemoConnections {

    private final SyncStore store;
    private final ConnectionVault vault;
    private final ConnectorPool pool;
    private final int farmaBorsaCallsPerMinute;

    DemoConnections(SyncStore store, ConnectionVault vault, ConnectorPool pool, int farmaBorsaCallsPerMinute) {
        this.store = store;
        this.vault = vault;
        this.pool = pool;
        this.farmaBorsaCallsPerMinute = farmaBorsaCallsPerMinute;
    }

    /** The connection ids by name, creating or updating one per sandbox. */
    Map<String, Long> ensure(DemoSandboxes sandboxes) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (DemoSandboxes.Started s : sandboxes.all()) {
            // a sandbox whose vendor the demo has no credentials for still runs; it just gets no connection
            config(s.vendor(), s.sandbox().baseUri()).ifPresent(config ->
                    ids.put(s.connectionName(), ensure(s.connectionName(), s.vendor(), withRate(s.vendor(), config))));
            if (s.vendor().equals("farmaborsa")) {
                DemoSandboxes.FARMABORSA_STORES.forEach(store -> ids.put(store.connection(), ensure(store.connection(),
                        s.vendor(), withRate(s.vendor(), farmaBorsa(s.sandbox().baseUri(), store.account())))));
            }
        }
        return ids;
    }

    private Map<String, String> withRate(String vendor, Map<String, String> config) {
        if (!vendor.equals("farmaborsa")) {
            return config;
        }
        Map<String, String> rated = new LinkedHashMap<>(config);
        rated.put(FarmaBorsaDescriptor.RATE_LIMIT_PERMITS, Integer.toString(farmaBorsaCallsPerMinute));
        return rated;
    }

    /** Creates the connection, or brings its non-secret settings (a sandbox's port, a rate) up to date. */
    private long ensure(String name, String vendor, Map<String, String> config) {
        StoredConnection existing = store.transaction(tx -> store.connections().findByName(tx, name)).orElse(null);
        if (existing == null) {
            String sealed = vault.seal(vendor, config);
            return store.transaction(tx -> store.connections().add(tx, vendor, name, sealed)).id();
        }
        Map<String, String> visible = vault.visible(vendor, existing.configJson());
        Map<String, String> changed = new LinkedHashMap<>();
        config.forEach((field, value) -> {
            if (!isSecretIn(vendor, field) && !value.equals(visible.get(field))) {
                changed.put(field, value);
            }
        });
        if (!changed.isEmpty()) {
            String merged = vault.merge(vendor, existing.configJson(), changed);
            store.inTransaction(tx -> store.connections().updateConfig(tx, existing.id(), merged));
            pool.evict(existing.id());
        }
        return existing.id();
    }

    private static boolean isSecretIn(String vendor, String field) {
        return ConnectionVault.descriptor(vendor).configField(field).map(f -> f.secret()).orElse(true);
    }

    /** The sandbox's demo credentials (DESIGN.md) in the connector's configuration fields. */
    public static Optional<Map<String, String>> config(String vendor, URI baseUri) {
        return Optional.ofNullable(switch (vendor) {
            case "mikro" -> Map.of("baseUrl", baseUri.toString(), "apiKey", "demo-api-key", "firmaKodu", "DEMO",
                    "calismaYili", Integer.toString(LocalDate.now(MikroSandboxOptions.ISTANBUL).getYear()),
                    "kullaniciKodu", "SRV", "password", "admin123");
            case "farmaborsa" -> farmaBorsa(baseUri, new FarmaBorsaSandboxOptions.Account("demo", "demo",
                    "demo-api-key"));
            // thirteen months back: the sandbox's twelve months of invoices end before this month
            case "wiradius" -> Map.of("baseUrl", baseUri.toString(), "apiCode", "demo-api-code", "uniqCode",
                    "demo-uniq-code", WiradiusDescriptor.HISTORY_MONTHS, "13");
            case "dia" -> Map.of("baseUrl", baseUri.toString(), "username", "ws", "password", "ws",
                    "apiKey", "demo-api-key", "firmaKodu", "34", "donemKodu", "1");
            case "logo" -> Map.of("baseUrl", baseUri.toString(), "username", "LOGO", "password", "LOGO",
                    "firmNo", "1", "clientId", "kopru", "clientSecret", "kopru");
            default -> null;
        });
    }

    private static Map<String, String> farmaBorsa(URI baseUri, FarmaBorsaSandboxOptions.Account account) {
        return Map.of("baseUrl", baseUri.toString(), "nick", account.nick(), "parola", account.parola(),
                "apiKey", account.apiKey());
    }
}
