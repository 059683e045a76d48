package dev.kopru.bench;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Limits;
import dev.kopru.mikro.MikroConnector;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Mikro sandboxes with the demo credentials, and connectors to them, for the benchmarks against a vendor. */
final class MikroSandboxes {

    static final String API_KEY = "demo-api-key";
    static final String PASSWORD = "admin123";

    private MikroSandboxes() {
    }

    /** A company with {@code parties} demo parties (and as many items). */
    static Sandbox withParties(int parties) {
        return Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(11).demoSize(parties).build()), 0);
    }

    /** An empty company: demo codes do not depend on the seed, so it takes every party of {@link #withParties}. */
    static Sandbox empty() {
        return Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(22).demoSize(0).build()), 0);
    }

    /**
     * Moves {@code parties} parties by a loop and by a pipeline between fresh sandboxes, so that the measured runs do
     * not pay for class loading and the JIT: a cold first run would flatter whichever side runs second.
     */
    static void warmUp(int parties, String pipelineOptions) throws Exception {
        if (parties == 0) {
            return;
        }
        try (Sandbox source = withParties(parties); Sandbox byLoop = empty(); Sandbox byPipeline = empty();
             Connector from = connector(source); Connector toLoop = connector(byLoop);
             Connector toPipeline = connector(byPipeline); BenchStore store = BenchStore.open("h2-file")) {
            EngineRun.loopNanos(from, toLoop, 100);
            EngineRun.pipeline(store.store(), "warm-up", from, toPipeline, 100, pipelineOptions).expectWritten(parties);
        }
    }

    static String year() {
        return Integer.toString(LocalDate.now(MikroSandboxOptions.ISTANBUL).getYear());
    }

    static MikroConnector connector(Sandbox sandbox) {
        return connector(sandbox, Optional.empty());
    }

    /** A connection configured with {@code rateLimit} ({@code rateLimitPermits} / {@code rateLimitPeriod}). */
    static MikroConnector connector(Sandbox sandbox, Optional<Limits.RateLimit> rateLimit) {
        return new MikroConnector(MikroConfig.builder().baseUrl(sandbox.baseUri().toString()).apiKey(API_KEY)
                .firmaKodu("DEMO").calismaYili(year()).kullaniciKodu("SRV").password(PASSWORD).build(),
                DocumentSettings.defaults(), List.of(), rateLimit);
    }
}
