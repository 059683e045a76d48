package dev.kopru.bench;

import dev.kopru.core.connector.Connector;
import dev.kopru.testkit.sandbox.Sandbox;
import java.time.Duration;

/** 3. The pipeline against the sequential loop it replaces, on the same sandbox. */
final class VersusLoop implements Benchmark {

    @Override
    public String name() {
        return "loop";
    }

    @Override
    public String title() {
        return "3. Pipeline vs a hand-written sequential loop";
    }

    @Override
    public String about() {
        return """
                The integration code the engine replaces: read the source's customers page by page and create each in
                the target, one after the other, with the Mikro connector. The same records then move through a
                pipeline into a second empty target. Both targets answer after the same latency L. Figure: loop time
                ÷ pipeline time. **Goal: ≥ 20×.** Parameters: `--latency-ms` (20), `--records` (300),
                `--pipeline-options` (`{}`, as in benchmark 2), `--page` (100, both sides), `--warmup` (50).""";
    }

    @Override
    public Figures run(Params params) throws Exception {
        Duration latency = params.millis("latency-ms", 20);
        int records = params.integer("records", 300);
        String options = params.string("pipeline-options", "{}");
        int page = params.integer("page", Throughput.PAGE);
        MikroSandboxes.warmUp(params.integer("warmup", 50), options);
        long loop;
        EngineRun.Timed pipeline;
        try (Sandbox source = MikroSandboxes.withParties(records); Sandbox byLoop = MikroSandboxes.empty();
             Sandbox byPipeline = MikroSandboxes.empty(); Connector from = MikroSandboxes.connector(source);
             Connector toLoop = MikroSandboxes.connector(byLoop);
             Connector toPipeline = MikroSandboxes.connector(byPipeline);
             BenchStore store = BenchStore.open("h2-file")) {
            for (Sandbox sandbox : new Sandbox[] {source, byLoop, byPipeline}) {
                sandbox.faults().latency(latency);
            }
            loop = EngineRun.loopNanos(from, toLoop, page);
            pipeline = EngineRun.pipeline(store.store(), "versus-loop", from, toPipeline, page, options)
                    .expectWritten(records);
        }
        double ratio = (double) loop / pipeline.nanos();
        return new Figures()
                .add("hand-written loop", records / (loop / 1e9), "creates/s")
                .add("pipeline", records / pipeline.seconds(), "creates/s")
                .add("loop time ÷ pipeline time", ratio, "×")
                .add("goal ≥ 20× met", ratio >= 20 ? "yes" : "no")
                .note("L = " + latency.toMillis() + " ms, " + records + " records, pages of " + page
                        + ", pipeline options `" + options + "`.");
    }
}
