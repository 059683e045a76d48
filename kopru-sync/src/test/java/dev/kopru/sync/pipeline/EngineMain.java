package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.mikro.MikroConnector;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.sync.limit.ConnectionRateLimiter;
import dev.kopru.sync.limit.Sleeper;
import dev.kopru.sync.store.StoreConfig;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.WriteHooks;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/**
 * A separate engine process for the SIGKILL test: runs one Mikro → Mikro pipeline and announces every create on
 * stdout, then pauses a moment, so that the parent's kill lands between a create and the commit of its link.
 * Arguments: jdbcUrl user password pipelineId sourceBaseUrl targetBaseUrl. Exit code 0 when the run succeeded.
 */
public final class EngineMain {

    private EngineMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        StoreConfig config = StoreConfig.postgres(args[0], args[1], args[2]);
        long pipelineId = Long.parseLong(args[3]);
        try (SyncStore store = SyncStore.open(config, Clock.systemUTC());
             Connector source = connector(args[4]);
             Connector target = connector(args[5])) {
            WriteHooks announce = new WriteHooks() {
                @Override
                public void afterCreate(String sourceKey, String targetKey) {
                    out.println("created " + sourceKey);
                    out.flush();
                    try {
                        Thread.sleep(150);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            // a restarted engine keeps its node name, so it takes back the lease its killed predecessor held
            RunLeases leases = new RunLeases(store, "engine-process", Clock.systemUTC(), Duration.ofMinutes(5));
            RunReport report = new PipelineRunner(store, c -> c.name().endsWith("-source") ? source : target,
                    MikroPipelineContract.TEST_POLICY, announce, RunListener.NONE,
                    new ConnectionRateLimiter(store, Clock.systemUTC(), Sleeper.SYSTEM), leases).run(pipelineId);
            out.println("done " + report.state() + " " + report.counts());
            out.flush();
            System.exit(report.state().name().equals("SUCCEEDED") ? 0 : 2);
        }
    }

    private static Connector connector(String baseUrl) {
        MikroConfig config = MikroConfig.builder().baseUrl(baseUrl).apiKey("demo-api-key").firmaKodu("DEMO")
                .calismaYili(Integer.toString(java.time.LocalDate.now(
                        dev.kopru.mikro.sandbox.MikroSandboxOptions.ISTANBUL).getYear()))
                .kullaniciKodu("SRV").password("admin123").retryBackoff(Duration.ofMillis(1)).build();
        return new MikroConnector(config, DocumentSettings.defaults());
    }
}
