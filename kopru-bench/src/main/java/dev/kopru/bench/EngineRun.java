package dev.kopru.bench;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.sync.pipeline.ConnectorRegistry;
import dev.kopru.sync.pipeline.PipelineRunner;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.WritePolicy;

/**
 * The two sides of every engine benchmark: a one-way party pipeline run by {@link PipelineRunner} through the public
 * API, and the plain loop a developer would write over the same two connectors.
 */
final class EngineRun {

    /** A finished run of pipeline {@code pipeline} and how long it took. */
    record Timed(long pipeline, RunReport report, long nanos) {
        double seconds() {
            return nanos / 1e9;
        }

        /** Fails the benchmark when the run did not write every record once: a fast wrong run proves nothing. */
        Timed expectWritten(long records) {
            if (!report.state().name().equals("SUCCEEDED") || report.counts().written() != records) {
                throw new IllegalStateException("the run did not write " + records + " records: " + report);
            }
            return this;
        }
    }

    private EngineRun() {
    }

    /**
     * Defines pipeline {@code name} (parties, pages of {@code batch}, options {@code optionsJson}) from {@code source}
     * to {@code target} in {@code store} and runs it once.
     */
    static Timed pipeline(SyncStore store, String name, Connector source, Connector target, int batch,
                          String optionsJson) {
        String sourceName = name + "-source";
        long pipeline = store.transaction(tx -> {
            long a = store.connections().add(tx, source.descriptor().vendor(), sourceName, "{}").id();
            long b = store.connections().add(tx, target.descriptor().vendor(), name + "-target", "{}").id();
            return store.pipelines().add(tx, new PipelineSpec(0, name, a, "party", b, "party",
                    PipelineSpec.Mode.ONE_WAY, batch, optionsJson, 1)).id();
        });
        ConnectorRegistry registry = c -> c.name().equals(sourceName) ? source : target;
        PipelineRunner runner = new PipelineRunner(store, registry, WritePolicy.defaults());
        long started = System.nanoTime();
        RunReport report = runner.run(pipeline);
        return new Timed(pipeline, report, System.nanoTime() - started);
    }

    /**
     * The fastest hand-written code for the same job: every party of {@code source} read first, then created in
     * {@code target} by {@code callers} virtual threads at once, with no store, no links and no retries — what the
     * vendor and the client allow on this machine, the ceiling an engine run is compared with.
     */
    static long concurrentLoopNanos(Connector source, Connector target, int batch, int callers) {
        long started = System.nanoTime();
        var parties = source.stream(Entity.PARTY, ReadRequest.full(batch)).toList();
        var free = new java.util.concurrent.Semaphore(callers);
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (var party : parties) {
                free.acquireUninterruptibly();
                threads.execute(() -> {
                    try {
                        target.create(Entity.PARTY, party);
                    } finally {
                        free.release();
                    }
                });
            }
        }
        return System.nanoTime() - started;
    }

    /** Reads every party of {@code source} page by page and creates it in {@code target}, one after the other. */
    static long loopNanos(Connector source, Connector target, int batch) {
        long started = System.nanoTime();
        source.stream(Entity.PARTY, ReadRequest.full(batch)).forEach(party -> target.create(Entity.PARTY, party));
        return System.nanoTime() - started;
    }
}
