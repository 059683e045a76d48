package dev.kopru.bench;

import dev.kopru.testkit.memory.GeneratedParties;
import java.lang.management.ManagementFactory;

/** 1. The engine's own time per record: a pipeline between two in-memory connectors against a plain loop over them. */
final class EngineOverhead implements Benchmark {

    static final int PAGE = 1000;

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public String title() {
        return "1. Engine time per record";
    }

    @Override
    public String about() {
        return """
                A one-way party pipeline between two in-memory connectors (`GeneratedParties` of kopru-testkit: the
                source builds record *i* from *i* alone, the target counts creates), run by `PipelineRunner` on a
                fresh store, against a plain loop over the same two connectors (read a page, create each record) in
                the same process. Engine time per record = (pipeline − loop) ÷ records. **Goal: ≤ 10 µs a record** on
                an H2 file and on PostgreSQL (embedded, as the engine's tests start it). A warm-up run of `--warmup`
                records on another pipeline precedes each measurement. Parameters: `--records` (default 100000),
                `--warmup` (5000), `--stores` (`h2-file,postgres`).""";
    }

    /** CPU time of every thread of this JVM so far (the engine's, the GC's, H2's). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Override
    public Figures run(Params params) throws Exception {
        int records = params.integer("records", 100_000);
        int warmup = params.integer("warmup", 5_000);
        Figures figures = new Figures();
        for (String kind : params.string("stores", "h2-file,postgres").split(",")) {
            try (BenchStore store = BenchStore.open(kind)) {
                EngineRun.pipeline(store.store(), "warmup", new GeneratedParties(warmup), new GeneratedParties(0),
                        PAGE, "{}").expectWritten(warmup);
                EngineRun.loopNanos(new GeneratedParties(warmup), new GeneratedParties(0), PAGE);

                long cpu0 = processCpuNanos();
                long loop = EngineRun.loopNanos(new GeneratedParties(records), new GeneratedParties(0), PAGE);
                long cpu1 = processCpuNanos();
                GeneratedParties target = new GeneratedParties(0);
                EngineRun.Timed engine = EngineRun.pipeline(store.store(), "bench", new GeneratedParties(records),
                        target, PAGE, "{}").expectWritten(records);
                long cpu2 = processCpuNanos();
                if (target.created() != records) {
                    throw new IllegalStateException("target took " + target.created() + " creates");
                }
                double engineMicros = (engine.nanos() - loop) / 1e3 / records;
                figures.add(kind + ": engine time per record", engineMicros, "µs")
                        .add(kind + ": plain loop per record", loop / 1e3 / records, "µs")
                        .add(kind + ": pipeline ÷ loop (wall time)", (double) engine.nanos() / loop, "×")
                        .add(kind + ": engine CPU time per record (this JVM)",
                                ((cpu2 - cpu1) - (cpu1 - cpu0)) / 1e3 / records, "µs")
                        .add(kind + ": pipeline records a second", records / engine.seconds(), "")
                        .add(kind + ": goal ≤ 10 µs met", engineMicros <= 10 ? "yes" : "no");
                System.out.println(kind + " done: " + Figures.format(engineMicros) + " µs a record");
            }
        }
        return figures.note(records + " records per store, pages of " + PAGE + ", warm-up " + warmup + " records.")
                .note("Engine time is wall time, which a loaded machine inflates; CPU time counts this JVM's threads"
                        + " only (not PostgreSQL's server processes).");
    }
}
