package dev.kopru.wiradius;

import dev.kopru.connector.kit.http.HttpSettings;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.testkit.acceptance.ConnectorAcceptanceSuite;
import dev.kopru.testkit.acceptance.ReadCase;
import dev.kopru.testkit.acceptance.WriteCase;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import dev.kopru.wiradius.client.WiradiusConfig;
import dev.kopru.wiradius.sandbox.WiradiusSandbox;
import dev.kopru.wiradius.sandbox.WiradiusSandboxOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The Wiradius connector against its sandbox through the suite every connector passes. Wiradius is read-only, so the
 * suite has no write cases: its create, lost-response and bad-input tests have nothing to run, and its incremental
 * test (which creates a record) is replaced by {@code WiradiusConnectorTest}'s. The sandbox pages by 5 so that caller
 * pages of 7 cross vendor pages.
 */
class WiradiusAcceptanceTest extends ConnectorAcceptanceSuite {

    /** Ten days after the sandbox's reference date: its twelve months of invoices lie within the default history. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T09:00:00Z"), ZoneOffset.UTC);

    @Override
    protected SandboxApp sandboxApp() {
        return new WiradiusSandbox(WiradiusSandboxOptions.builder().subscribers(12).pageSize(5).build());
    }

    @Override
    protected Connector connect(Sandbox sandbox, String uniqCode) {
        return connector(sandbox, uniqCode);
    }

    static WiradiusConnector connector(Sandbox sandbox, String uniqCode) {
        return new WiradiusConnector(WiradiusConfig.builder().baseUrl(sandbox.baseUri().toString())
                .apiCode(WiradiusSandboxOptions.DEMO_API_CODE).uniqCode(uniqCode)
                .http(HttpSettings.defaults().withClock(CLOCK)).build(), Reading.DEFAULTS);
    }

    @Override
    protected String demoSecret() {
        return WiradiusSandboxOptions.DEMO_UNIQ_CODE;
    }

    @Override
    protected String badSecret() {
        return "wrong-uniq-Code-123";
    }

    @Override
    protected List<ReadCase<?>> readCases() {
        return List.of(new ReadCase<>(Entity.PARTY, 12), new ReadCase<>(Entity.ACCOUNT_MOVEMENT, 100),
                new ReadCase<>(Entity.PAYMENT, 50), new ReadCase<>(Entity.INVOICE, 100));
    }

    @Override
    protected List<WriteCase<?>> writeCases() {
        return List.of();
    }
}
