package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Party;
import dev.kopru.mikro.MikroConnector;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.testkit.sandbox.Sandbox;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Two Mikro sandboxes: a source with demo parties and an empty target company, with a connector to each. */
final class MikroPair implements AutoCloseable {

    private static final String SOURCE = "-source";
    private static final String TARGET = "-target";

    final Sandbox source;
    final Sandbox target;
    final Connector sourceConnector;
    final Connector targetConnector;

    MikroPair(int parties) {
        source = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(11).demoSize(parties).build()), 0);
        // demo party codes do not depend on the seed, so the target starts empty: its codes are the source's
        target = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(22).demoSize(0).build()), 0);
        sourceConnector = new MikroConnector(config(source), DocumentSettings.defaults());
        targetConnector = new MikroConnector(config(target), DocumentSettings.defaults());
    }

    static MikroConfig config(Sandbox sandbox) {
        return builder(sandbox).build();
    }

    /** The sandbox's connection, to be configured further. */
    static MikroConfig.Builder builder(Sandbox sandbox) {
        return MikroConfig.builder().baseUrl(sandbox.baseUri().toString()).apiKey("demo-api-key").firmaKodu("DEMO")
                .calismaYili(Integer.toString(LocalDate.now(MikroSandboxOptions.ISTANBUL).getYear()))
                .kullaniciKodu("SRV").password("admin123");
    }

    /** The ids of the pair's two connections in a store. */
    record ConnectionIds(long source, long target) {
    }

    /** Adds both sandboxes to {@code store} as connections {@code <prefix>-source} and {@code <prefix>-target}. */
    static ConnectionIds addConnections(SyncStore store, String prefix) {
        return store.transaction(tx -> new ConnectionIds(
                store.connections().add(tx, "mikro", prefix + SOURCE, "{}").id(),
                store.connections().add(tx, "mikro", prefix + TARGET, "{}").id()));
    }

    /** Resolves connections added by {@link #addConnections} to this pair's connectors, on any node. */
    ConnectorRegistry registry() {
        return connection -> {
            if (connection.name().endsWith(SOURCE)) {
                return sourceConnector;
            }
            if (connection.name().endsWith(TARGET)) {
                return targetConnector;
            }
            throw new IllegalArgumentException("not a connection of this pair: " + connection.name());
        };
    }

    /** The source's raw client: writes what Mikro itself accepts, without the connector's checks. */
    MikroClient sourceClient() {
        return new MikroClient(config(source));
    }

    static List<Party> parties(Connector connector) {
        return connector.stream(Entity.PARTY, ReadRequest.full(100)).toList();
    }

    /** How many cards the target holds per code. */
    Map<String, Long> targetCountsByCode() {
        return parties(targetConnector).stream().collect(Collectors.groupingBy(Party::code, Collectors.counting()));
    }

    Map<String, Party> sourceByCode() {
        return parties(sourceConnector).stream().collect(Collectors.toMap(Party::code, Function.identity()));
    }

    @Override
    public void close() {
        sourceConnector.close();
        targetConnector.close();
        source.close();
        target.close();
    }
}
