package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.mikro.MikroConnector;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.sync.limit.ConnectionChain;
import dev.kopru.sync.limit.ConnectionRateLimiter;
import dev.kopru.sync.limit.Sleeper;
import dev.kopru.sync.store.StoreConfig;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.WriteHooks;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/**
 * A separate engine process for the SIGKILL tests: runs one pipeline (Mikro → Mikro, or FarmaBorsa → Mikro when the
 * seventh argument is {@code farmaborsa}), says "started" once its store is open and announces every create on
 * stdout, then pauses a moment, so that the parent's kill lands between a create and the commit of its link.
 * Arguments: jdbcUrl user password pipelineId sourceBaseUrl targetBaseUrl [farmaborsa]. Exit code 0 when the run
 * succeeded. System properties {@code kopru.node} (default {@code engine-process}: a restarted engine takes back the
 * lease of its killed predecessor) and {@code kopru.leaseTtl} (default PT5M) make it one of several nodes: a node that
 * finds the pipeline busy says "busy" and tries again until the holder's lease expires (at most a minute).
 */
public final class EngineMain {

    private EngineMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        StoreConfig config = StoreConfig.postgres(args[0], args[1], args[2]);
        long pipelineId = Long.parseLong(args[3]);
        boolean farmaBorsa = args.length > 6 && args[6].equals("farmaborsa");
        try (SyncStore store = SyncStore.open(config, Clock.systemUTC());
             Connector source = farmaBorsa ? FarmaMikro.farmaConnector(args[4]) : connector(args[4]);
             Connector target = connector(args[5])) {
            out.println("started");
            out.flush();
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
            RunLeases leases = new RunLeases(store, System.getProperty("kopru.node", "engine-process"),
                    Clock.systemUTC(), Duration.parse(System.getProperty("kopru.leaseTtl", "PT5M")));
            ConnectorRegistry opened =
                    c -> c.name().endsWith("-source") || c.name().endsWith(FarmaMikro.FARMA) ? source : target;
            PipelineRunner runner = new PipelineRunner(store, new ConnectionChain(opened,
                    new ConnectionRateLimiter(store, Clock.systemUTC(), Sleeper.SYSTEM)),
                    MikroPipelineContract.TEST_POLICY, announce, RunListener.NONE, leases);
            RunReport report = null;
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (report == null) {
                try {
                    report = runner.run(pipelineId);
                } catch (RunLeases.PipelineBusyException busy) {
                    if (System.nanoTime() > deadline) {
                        throw busy;
                    }
                    out.println("busy");
                    out.flush();
                    Thread.sleep(200);
                }
            }
            out.println("done " + report.state() + " " + report.counts());
            out.flush();
            System.exit(report.state().name().equals("SUCCEEDED") ? 0 : 2);
        }
    }

    private static Connector connector(String baseUrl) {
        MikroConfig config = MikroConfig.builder().baseUrl(baseUrl).apiKey("demo-api-key").firmaKodu("DEMO")
                .calismaYili(Integer.toString(java.time.LocalDate.now(
                        dev.kopru.mikro.sandbox.MikroSandboxOptions.ISTANBUL).getYear()))
                .kullaniciKodu("SRV").password("admin123").build();
        return new MikroConnector(config, DocumentSettings.defaults());
    }
}
