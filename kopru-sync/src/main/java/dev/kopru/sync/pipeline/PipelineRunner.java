package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.limit.ConnectionChain;
import dev.kopru.sync.limit.ConnectionRateLimiter;
import dev.kopru.sync.limit.Sleeper;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.RunCounts;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.ExactlyOnceWriter;
import dev.kopru.sync.write.RunCalls;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.sync.write.WritePolicy;
import java.util.Objects;
import java.util.Set;
import org.slf4j.MDC;

/**
 * Runs pipelines: takes the run (abandoning a run a dead node left RUNNING), binds the pipeline
 * ({@link BoundPipeline}: read page by page from the committed cursor, write each record through an
 * {@link ExactlyOnceWriter}, commit the page's cursor with the run's counts) and records how the run ended. A run
 * that stops anywhere resumes at the last committed page; records of a page that are re-read are skipped by their
 * content hash or resolved by their intent, so a restart writes nothing twice.
 */
public final class PipelineRunner {

    /** MDC keys set while a run works (the server's log pattern shows them). */
    public static final String RUN_ID = "runId";
    public static final String PIPELINE_ID = "pipelineId";
    public static final String RECORD_KEY = "recordKey";

    private final SyncStore store;
    private final ConnectionChain chain;
    private final WritePolicy policy;
    private final WriteHooks hooks;
    private final RunListener listener;
    private final RunLeases leases;

    /**
     * The full form; each run calls the vendors through {@code chain} (the same path every other caller of a
     * connection takes) with the retries of {@code policy}, and {@code leases} keeps other nodes from running the same
     * pipeline at the same time.
     */
    public PipelineRunner(SyncStore store, ConnectionChain chain, WritePolicy policy, WriteHooks hooks,
                          RunListener listener, RunLeases leases) {
        this.store = Objects.requireNonNull(store, "store");
        this.chain = Objects.requireNonNull(chain, "chain");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.leases = Objects.requireNonNull(leases, "leases");
    }

    /** Calls go through a chain of {@code connectors} and a rate limiter of this store, unmetered. */
    public PipelineRunner(SyncStore store, ConnectorRegistry connectors, WritePolicy policy, WriteHooks hooks,
                          RunListener listener) {
        this(store, new ConnectionChain(connectors, new ConnectionRateLimiter(store, store.clock(), Sleeper.SYSTEM)),
                policy, hooks, listener, RunLeases.forThisNode(store));
    }

    public PipelineRunner(SyncStore store, ConnectorRegistry connectors, WritePolicy policy, WriteHooks hooks) {
        this(store, connectors, policy, hooks, RunListener.NONE);
    }

    public PipelineRunner(SyncStore store, ConnectorRegistry connectors, WritePolicy policy) {
        this(store, connectors, policy, WriteHooks.NONE, RunListener.NONE);
    }

    /**
     * Runs the pipeline to the end of the source. A read that fails permanently ends the run FAILED (its cursor
     * stays at the last committed page); any other exception (a crash) is rethrown after the run is marked FAILED.
     *
     * @throws RunLeases.PipelineBusyException when another node is running this pipeline
     */
    public RunReport run(long pipelineId) {
        leases.acquire(pipelineId);
        try {
            return runLeased(pipelineId, () -> leases.renew(pipelineId));
        } finally {
            leases.release(pipelineId);
        }
    }

    /**
     * Runs the pipeline without taking a {@link RunLeases} lease, for a caller that already holds the pipeline
     * exclusively: the scheduler, whose picked and heartbeated execution is the lease.
     */
    public RunReport runExclusively(long pipelineId) {
        return runLeased(pipelineId, () -> { });
    }

    /** {@code afterPage} renews the lease the run holds, if it is ours to renew. */
    private RunReport runLeased(long pipelineId, Runnable afterPage) {
        RunCalls calls = new RunCalls();
        BoundPipeline<?> bound = bind(pipelineId, calls);
        // this node holds the pipeline exclusively, so a run still RUNNING was left by a node that died
        long runId = store.transaction(tx -> {
            store.runs().abandonRunning(tx, pipelineId);
            return store.runs().start(tx, pipelineId);
        });
        calls.fence(new RunFence(store, pipelineId, runId));
        RunTally tally = new RunTally();
        MDC.put(RUN_ID, Long.toString(runId));
        MDC.put(PIPELINE_ID, Long.toString(pipelineId));
        try {
            bound.copy(runId, tally, calls, afterPage);
            RunCounts counts = tally.counts(calls.throttledMillis());
            store.inTransaction(tx -> store.runs().finish(tx, runId, Run.State.SUCCEEDED, counts, null));
            return finished(pipelineId, new RunReport(runId, Run.State.SUCCEEDED, counts, null));
        } catch (ConnectorException e) {
            RunCounts counts = tally.counts(calls.throttledMillis());
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            store.inTransaction(tx -> store.runs().finish(tx, runId, Run.State.FAILED, counts, error));
            String quota = e instanceof ConnectorException.QuotaExhausted ? e.getMessage() : null;
            return finished(pipelineId, new RunReport(runId, Run.State.FAILED, counts, error, quota));
        } catch (RuntimeException | Error e) {
            RunCounts counts = tally.counts(calls.throttledMillis());
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            store.inTransaction(tx -> store.runs().finish(tx, runId, Run.State.FAILED, counts, error));
            finished(pipelineId, new RunReport(runId, Run.State.FAILED, counts, error));
            throw e;
        } finally {
            MDC.remove(RUN_ID);
            MDC.remove(PIPELINE_ID);
        }
    }

    private RunReport finished(long pipelineId, RunReport report) {
        listener.finished(pipelineId, report);
        return report;
    }

    SyncStore store() {
        return store;
    }

    WritePolicy policy() {
        return policy;
    }

    /**
     * The pipeline's definition with its connectors and entity, typed; the connectors' calls are retried under the
     * policy and reported to {@code calls}.
     */
    BoundPipeline<?> bind(long pipelineId, RunCalls calls) {
        PipelineSpec spec = store.transaction(tx -> store.pipelines().get(tx, pipelineId));
        Entity<?> entity = Entity.byName(spec.sourceEntity()).orElseThrow(() -> new InvalidInputException(
                "sourceEntity", "unknown entity '" + spec.sourceEntity() + "'"));
        return bound(spec, entity, calls);
    }

    private <T extends CanonicalRecord> BoundPipeline<T> bound(PipelineSpec spec, Entity<T> entity, RunCalls calls) {
        StoredConnection source = store.transaction(tx -> store.connections().find(tx, spec.sourceConnectionId()))
                .orElseThrow(() -> new InvalidInputException("sourceConnectionId", "no connection "
                        + spec.sourceConnectionId()));
        StoredConnection target = store.transaction(tx -> store.connections().find(tx, spec.targetConnectionId()))
                .orElseThrow(() -> new InvalidInputException("targetConnectionId", "no connection "
                        + spec.targetConnectionId()));
        Set<String> notSynced = spec.options().run().fieldsNotSynced();
        return new BoundPipeline<>(store, policy, hooks, listener, spec, entity,
                FieldsNotSynced.of(chained(source, calls), notSynced),
                FieldsNotSynced.of(chained(target, calls), notSynced));
    }

    private Connector chained(StoredConnection connection, RunCalls calls) {
        return chain.connectorFor(connection, policy.retries(), calls);
    }
}
