package dev.kopru.server.pipelines;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.Party;
import dev.kopru.mikro.client.CariKaydi;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.server.app.TestServer;
import dev.kopru.server.demo.DemoConnections;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.testkit.sandbox.Sandbox;
import java.time.Duration;
import java.util.List;

/**
 * Two Mikro companies on sandboxes, stored in a test server as connections {@code <prefix>-source} (demo parties)
 * and {@code <prefix>-target} (empty: demo party codes do not depend on the seed).
 */
public final class MikroCompanies implements AutoCloseable {

    final Sandbox source;
    final Sandbox target;
    final long sourceId;
    final long targetId;
    private final Connector sourceConnector;

    MikroCompanies(TestServer server, String prefix, int parties) {
        source = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(11).demoSize(parties).build()), 0);
        target = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(22).demoSize(0).build()), 0);
        SyncStore store = server.bean(SyncStore.class);
        ConnectionVault vault = server.bean(ConnectionVault.class);
        sourceId = store.transaction(tx -> store.connections().add(tx, "mikro", prefix + "-source",
                vault.seal("mikro", mikroConfig(source))).id());
        targetId = store.transaction(tx -> store.connections().add(tx, "mikro", prefix + "-target",
                vault.seal("mikro", mikroConfig(target))).id());
        ConnectorFactory mikro = ConnectorFactory.forVendor("mikro").orElseThrow();
        sourceConnector = mikro.open(ConnectionConfig.of(mikro.descriptor(), mikroConfig(source)));
    }

    private static java.util.Map<String, String> mikroConfig(Sandbox sandbox) {
        return DemoConnections.config("mikro", sandbox.baseUri()).orElseThrow();
    }

    /** Stores a card Mikro itself accepts but the connector refuses to send: a VKN whose check digit is wrong. */
    void addPartyWithBadTaxId(String code) {
        addPartyWithBadTaxId(source, code);
    }

    /** The same on any Mikro sandbox. */
    public static void addPartyWithBadTaxId(Sandbox source, String code) {
        MikroConfig config = MikroConfig.builder().baseUrl(source.baseUri().toString()).apiKey("demo-api-key")
                .firmaKodu("DEMO").calismaYili(mikroConfig(source).get("calismaYili"))
                .kullaniciKodu("SRV").password("admin123").build();
        new MikroClient(config).cariKaydetV2(List.of(new CariKaydi(null, code, "Hatalı Vergi No Ltd. Şti.", null,
                "KONAK", "1234567891", 0, 255, 255, null, null, null, null, null)));
    }

    /** Fixes the card's VKN in the source, as a person would before replaying its dead letter. */
    void fixTaxId(String code) {
        Party bad = sourceConnector.get(Entity.PARTY, code).orElseThrow();
        sourceConnector.update(Entity.PARTY, code, new Party(bad.key(), bad.code(), bad.name(), bad.role(),
                "1234567890", bad.taxOffice(), bad.address(), bad.email(), bad.phone(), "TRY",
                bad.eInvoiceTaxpayer(), bad.active(), bad.changedAt()));
    }

    /** The body of a one-way party pipeline between the two companies. */
    String pipelineJson(String name, String scheduleJson) {
        return """
                {"name":"%s","source":{"connectionId":%d,"entity":"party"},
                 "target":{"connectionId":%d,"entity":"party"},"mode":"ONE_WAY","batchSize":7,"options":{},
                 "schedule":%s}""".formatted(name, sourceId, targetId, scheduleJson);
    }

    @Override
    public void close() {
        sourceConnector.close();
        source.close();
        target.close();
    }
}
