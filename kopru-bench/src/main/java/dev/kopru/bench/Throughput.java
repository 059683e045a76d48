package dev.kopru.bench;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Limits;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** 2. Pipeline throughput against a vendor with latency L, as a share of what the vendor allows. */
final class Throughput implements Benchmark {

    /** Mikro's default page; a pipeline may read up to 1,000 records a page (`--page`). */
    static final int PAGE = 100;

    @Override
    public String name() {
        return "throughput";
    }

    @Override
    public String title() {
        return "2. Pipeline throughput against a sandbox";
    }

    @Override
    public String about() {
        return """
                Mikro sandbox → Mikro sandbox, customers, both sandboxes answering every request after a latency L
                (the kit's latency knob). With allowed concurrency C the vendor takes at most C ÷ L creates a second;
                the pipeline's creates a second are shown as a share of that, and of what C hand-written callers
                creating at once (no engine, no store) reach on the same machine: the sandboxes, the client and the
                engine share its cores, so the callers show how much of C ÷ L the machine itself allows. Then the
                same against a target that refuses more than R requests a second (the kit's rate-limit knob, Mikro
                answering as Mikro does), as a share of R; the target connection declares a limit of `--declared-limit` a second (its
                `rateLimitPermits`, default R; 0 declares none), which the engine's shared limiter enforces.
                **Goal: ≥ 95 % of C ÷ L and ≥ 95 % of R, no request refused.** C is what the pipeline is allowed:
                pass the engine's concurrency setting with `--pipeline-options` (the pipeline's options JSON, default
                `{}`). Parameters: `--latency-ms` (20), `--concurrency` (16), `--records` (1000), `--rate-limit` (100
                a second), `--declared-limit`, `--rate-records` (300), `--pipeline-options`, `--page` (the pipeline's
                page, 100), `--warmup` (50 records moved by a loop and a pipeline first). Store: an H2 file.""";
    }

    @Override
    public Figures run(Params params) throws Exception {
        Duration latency = params.millis("latency-ms", 20);
        int concurrency = params.integer("concurrency", 16);
        int records = params.integer("records", 1000);
        int rateLimit = params.integer("rate-limit", 100);
        int declared = params.integer("declared-limit", rateLimit);
        int rateRecords = params.integer("rate-records", 300);
        String options = params.string("pipeline-options", "{}");
        int page = params.integer("page", PAGE);
        double allowed = concurrency / (latency.toNanos() / 1e9);

        MikroSandboxes.warmUp(params.integer("warmup", 50), options);
        double callers = concurrentCallers(records, latency, concurrency, page);
        Measured freeRun = createsPerSecond(records, latency, 0, 0, options, page);
        Measured limitedRun = createsPerSecond(rateRecords, latency, rateLimit, declared, options, page);
        double free = freeRun.perSecond();
        double limited = limitedRun.perSecond();
        return new Figures()
                .add("allowed C ÷ L", allowed, "creates/s")
                .add("pipeline", free, "creates/s")
                .add("share of C ÷ L", 100 * free / allowed, "%")
                .add("C hand-written concurrent callers, no engine (this machine's ceiling)", callers, "creates/s")
                .add("pipeline ÷ those callers", 100 * free / callers, "%")
                .add("rate limit R", rateLimit, "requests/s")
                .add("pipeline under R", limited, "creates/s")
                .add("share of R", 100 * limited / rateLimit, "%")
                .add("requests to the target a record, without / under R", Figures.format(freeRun.requestsPerRecord())
                        + " / " + Figures.format(limitedRun.requestsPerRecord()))
                .add("requests refused by R", Long.toString(limitedRun.refused()))
                .add("goals (≥ 95 % each, none refused) met", free / allowed >= 0.95 && limited / rateLimit >= 0.95
                        && limitedRun.refused() == 0 ? "yes" : "no")
                .note("L = " + latency.toMillis() + " ms, C = " + concurrency + ", " + records + " records; under R: "
                        + rateRecords + " records, the target connection declaring " + (declared > 0 ? declared
                        + " a second" : "no limit") + "; pipeline options `" + options + "`, pages of " + page + ".");
    }

    /** Creates a second of C concurrent hand-written callers into an empty target with latency L (no engine). */
    static double concurrentCallers(int records, Duration latency, int callers, int page) throws Exception {
        try (Sandbox source = MikroSandboxes.withParties(records); Sandbox target = MikroSandboxes.empty();
             Connector from = MikroSandboxes.connector(source); Connector to = MikroSandboxes.connector(target)) {
            source.faults().latency(latency);
            target.faults().latency(latency);
            return records / (EngineRun.concurrentLoopNanos(from, to, page, callers) / 1e9);
        }
    }

    /** A run's creates a second, the target's requests per record (journal), and how many R refused. */
    record Measured(double perSecond, double requestsPerRecord, long refused) {
    }

    /**
     * Runs a pipeline of {@code records} parties into an empty target that takes {@code rateLimit} requests a second,
     * its connection declaring {@code declared} a second; 0 means none.
     */
    static Measured createsPerSecond(int records, Duration latency, int rateLimit, int declared, String options,
                                     int page) throws Exception {
        Optional<Limits.RateLimit> limit = declared > 0 ? Optional.of(new Limits.RateLimit(declared,
                Duration.ofSeconds(1))) : Optional.empty();
        try (Sandbox source = MikroSandboxes.withParties(records); Sandbox target = MikroSandboxes.empty();
             Connector from = MikroSandboxes.connector(source); Connector to = MikroSandboxes.connector(target, limit);
             BenchStore store = BenchStore.open("h2-file")) {
            source.faults().latency(latency);
            target.faults().latency(latency);
            if (rateLimit > 0) {
                target.faults().rateLimit(rateLimit, Duration.ofSeconds(1));
            }
            EngineRun.Timed run = EngineRun.pipeline(store.store(), "throughput", from, to, page, options)
                    .expectWritten(records);
            List<RequestJournal.Entry> requests = target.journal().entries();
            long refused = requests.stream().filter(e -> "rate-limit".equals(e.fault())).count();
            return new Measured(records / run.seconds(), (double) requests.size() / records, refused);
        }
    }
}
