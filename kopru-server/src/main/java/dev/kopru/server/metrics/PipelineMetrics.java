package dev.kopru.server.metrics;

import dev.kopru.server.runs.RunOutcome;
import dev.kopru.sync.pipeline.RunListener;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.RunCounts;
import dev.kopru.sync.store.SyncStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * Per-pipeline metrics from the runs as they go: records by outcome ({@code kopru.pipeline.records}), time spent
 * waiting for rate limits ({@code kopru.pipeline.throttled}), runs by final state and outcome ({@code kopru.pipeline.runs}) and
 * their duration ({@code kopru.pipeline.run.duration}). The engine reports counts so far; the counters get the
 * difference from the run's previous report.
 */
public final class PipelineMetrics implements RunListener {

    private static final Map<String, ToLongFunction<RunCounts>> OUTCOMES = Map.of("read", RunCounts::read,
            "written", RunCounts::written, "skipped", RunCounts::skipped, "failed", RunCounts::failed,
            "in_doubt", RunCounts::inDoubt, "in_doubt_resolved", RunCounts::inDoubtResolved);

    private final MeterRegistry registry;
    private final SyncStore store;
    private final Map<Long, RunCounts> reported = new ConcurrentHashMap<>();

    public PipelineMetrics(MeterRegistry registry, SyncStore store) {
        this.registry = registry;
        this.store = store;
    }

    @Override
    public void pageCommitted(long pipelineId, long runId, RunCounts countsSoFar) {
        add(pipelineId, minus(countsSoFar, reported.getOrDefault(runId, RunCounts.ZERO)));
        reported.put(runId, countsSoFar);
    }

    @Override
    public void finished(long pipelineId, RunReport report) {
        RunCounts before = reported.remove(report.runId());
        add(pipelineId, minus(report.counts(), before == null ? RunCounts.ZERO : before));
        String pipeline = Long.toString(pipelineId);
        String state = report.state().name();
        String outcome = RunOutcome.of(report.state(), report.counts()).name();
        Counter.builder("kopru.pipeline.runs").description("Runs by final state and outcome")
                .tags("pipeline", pipeline, "state", state, "outcome", outcome).register(registry).increment();
        store.transaction(tx -> store.runs().find(tx, report.runId())).filter(run -> run.endedAt() != null)
                .ifPresent(run -> Timer.builder("kopru.pipeline.run.duration").description("Run duration")
                        .tags("pipeline", pipeline, "state", state).register(registry)
                        .record(Duration.between(run.startedAt(), run.endedAt())));
    }

    private void add(long pipelineId, RunCounts delta) {
        String pipeline = Long.toString(pipelineId);
        OUTCOMES.forEach((outcome, count) -> Counter.builder("kopru.pipeline.records")
                .description("Records read, and written, skipped, failed or left in doubt")
                .tags("pipeline", pipeline, "outcome", outcome).register(registry)
                .increment(Math.max(0, count.applyAsLong(delta))));
        Counter.builder("kopru.pipeline.throttled").baseUnit("seconds")
                .description("Time runs waited for connections' rate limits").tag("pipeline", pipeline)
                .register(registry).increment(Math.max(0, delta.throttledMillis()) / 1000.0);
    }

    private static RunCounts minus(RunCounts now, RunCounts before) {
        return new RunCounts(now.read() - before.read(), now.written() - before.written(),
                now.skipped() - before.skipped(), now.failed() - before.failed(), now.inDoubt() - before.inDoubt(),
                now.inDoubtResolved() - before.inDoubtResolved(), now.throttledMillis() - before.throttledMillis(),
                now.retrying() - before.retrying());
    }
}
