package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.sync.limit.ConnectionRateLimiter;
import dev.kopru.sync.limit.RateLimitedConnector;
import dev.kopru.sync.limit.Sleeper;
import dev.kopru.sync.store.Cursors;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.RunCounts;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.ExactlyOnceWriter;
import dev.kopru.sync.write.Retrier;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.sync.write.WritePolicy;
import dev.kopru.sync.write.WriteResult;
import dev.kopru.sync.mapping.Mappings;
import dev.kopru.sync.mapping.RecordMapping;
import dev.kopru.sync.write.RecordKeys;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs pipelines (two-way ones through {@link TwoWaySync}, one direction after the other): reads the source page by page from the pipeline's committed cursor, writes each record
 * through an {@link ExactlyOnceWriter}, and commits the page's cursor (and the run's counts) after the page. A run
 * that stops anywhere resumes at the last committed page; records of a page that are re-read are skipped by their
 * content hash or resolved by their intent, so a restart writes nothing twice.
 */
public final class PipelineRunner {

    /** MDC keys set while a run works (the server's log pattern shows them). */
    public static final String RUN_ID = "runId";
    public static final String PIPELINE_ID = "pipelineId";
    public static final String RECORD_KEY = "recordKey";
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);

    private final SyncStore store;
    private final ConnectorRegistry connectors;
    private final WritePolicy policy;
    private final WriteHooks hooks;
    private final RunListener listener;
    private final ConnectionRateLimiter rateLimiter;
    private final RunLeases leases;

    /**
     * The full form; {@code rateLimiter} enforces the connectors' declared rate limits through the store, and
     * {@code leases} keeps other nodes from running the same pipeline at the same time.
     */
    public PipelineRunner(SyncStore store, ConnectorRegistry connectors, WritePolicy policy, WriteHooks hooks,
                          RunListener listener, ConnectionRateLimiter rateLimiter, RunLeases leases) {
        this.store = Objects.requireNonNull(store, "store");
        this.connectors = Objects.requireNonNull(connectors, "connectors");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
        this.leases = Objects.requireNonNull(leases, "leases");
    }

    public PipelineRunner(SyncStore store, ConnectorRegistry connectors, WritePolicy policy, WriteHooks hooks,
                          RunListener listener) {
        this(store, connectors, policy, hooks, listener, new ConnectionRateLimiter(store, store.clock(), Sleeper.SYSTEM),
                RunLeases.forThisNode(store));
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
        Retrier retrier = new Retrier(policy);
        Bound<?> bound = bind(pipelineId, retrier);
        // this node holds the pipeline exclusively, so a run still RUNNING was left by a node that died
        long runId = store.transaction(tx -> {
            store.runs().abandonRunning(tx, pipelineId);
            return store.runs().start(tx, pipelineId);
        });
        RunTally tally = new RunTally();
        MDC.put(RUN_ID, Long.toString(runId));
        MDC.put(PIPELINE_ID, Long.toString(pipelineId));
        try {
            bound.copy(runId, tally, retrier, afterPage);
            RunCounts counts = tally.counts(retrier.throttledMillis());
            store.inTransaction(tx -> store.runs().finish(tx, runId, Run.State.SUCCEEDED, counts, null));
            return finished(pipelineId, new RunReport(runId, Run.State.SUCCEEDED, counts, null));
        } catch (ConnectorException e) {
            RunCounts counts = tally.counts(retrier.throttledMillis());
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            store.inTransaction(tx -> store.runs().finish(tx, runId, Run.State.FAILED, counts, error));
            return finished(pipelineId, new RunReport(runId, Run.State.FAILED, counts, error));
        } catch (RuntimeException | Error e) {
            RunCounts counts = tally.counts(retrier.throttledMillis());
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            store.inTransaction(tx -> store.runs().finish(tx, runId, Run.State.FAILED, counts, error));
            finished(pipelineId, new RunReport(runId, Run.State.FAILED, counts, error));
            throw e;
        } finally {
            MDC.remove(RUN_ID);
            MDC.remove(PIPELINE_ID);
        }
    }

    private static WriteResult logged(WriteResult result) {
        switch (result) {
            case WriteResult.DeadLettered d -> LOG.warn("dead-lettered ({}), dead letter {}", d.outcome(),
                    d.deadLetterId());
            case WriteResult.InDoubt d -> LOG.warn("still in doubt after every lookup allowed; the next run looks"
                    + " again");
            default -> LOG.debug("{}", result);
        }
        return result;
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

    ConnectorRegistry connectors() {
        return connectors;
    }

    /**
     * The pipeline's definition with its connectors and entity, typed; the connectors take rate-limit permits and
     * report the time they waited to {@code retrier}.
     */
    Bound<?> bind(long pipelineId, Retrier retrier) {
        PipelineSpec spec = store.transaction(tx -> store.pipelines().get(tx, pipelineId));
        Entity<?> entity = Entity.byName(spec.sourceEntity()).orElseThrow(() -> new IllegalArgumentException(
                "sourceEntity: unknown entity '" + spec.sourceEntity() + "'"));
        return bound(spec, entity, retrier);
    }

    private <T> Bound<T> bound(PipelineSpec spec, Entity<T> entity, Retrier retrier) {
        StoredConnection source = store.transaction(tx -> store.connections().find(tx, spec.sourceConnectionId()))
                .orElseThrow(() -> new IllegalArgumentException("sourceConnectionId: no connection "
                        + spec.sourceConnectionId()));
        StoredConnection target = store.transaction(tx -> store.connections().find(tx, spec.targetConnectionId()))
                .orElseThrow(() -> new IllegalArgumentException("targetConnectionId: no connection "
                        + spec.targetConnectionId()));
        return new Bound<>(spec, entity, limited(source, retrier), limited(target, retrier));
    }

    private Connector limited(StoredConnection connection, Retrier retrier) {
        return RateLimitedConnector.wrap(connectors.connectorFor(connection), connection.id(), rateLimiter,
                retrier::addThrottled);
    }

    final class Bound<T> {
        final PipelineSpec spec;
        final Entity<T> entity;
        final Connector source;
        final Connector target;

        Bound(PipelineSpec spec, Entity<T> entity, Connector source, Connector target) {
            this.spec = spec;
            this.entity = entity;
            this.source = source;
            this.target = target;
        }

        ExactlyOnceWriter<T> writer(Retrier retrier) {
            return new ExactlyOnceWriter<>(store, spec.id(), target, entity, RunOptions.of(spec).policy(policy),
                    retrier, hooks);
        }

        /**
         * How a one-way run (or a replay, {@code replay} true) writes one source record: as it is, or through the
         * pipeline's mapping and its after-write steps.
         */
        @SuppressWarnings("unchecked")
        Function<T, WriteResult> oneWay(Retrier retrier, boolean replay) {
            Optional<MappedWrites<T, ?>> mapped = mapped(retrier);
            if (mapped.isEmpty()) {
                return writer(retrier)::write;
            }
            return replay ? mapped.get()::replay : mapped.get()::write;
        }

        @SuppressWarnings("unchecked")
        private Optional<MappedWrites<T, ?>> mapped(Retrier retrier) {
            return Mappings.of(spec.sourceEntity(), spec.targetEntity(), spec.optionsJson())
                    .map(m -> mappedWrites((RecordMapping<T, ?>) m, retrier));
        }

        private <U> MappedWrites<T, U> mappedWrites(RecordMapping<T, U> mapping, Retrier retrier) {
            ExactlyOnceWriter<U> writer = new ExactlyOnceWriter<>(store, spec.id(), target, mapping.target(),
                    RunOptions.of(spec).policy(policy), retrier, hooks);
            return new MappedWrites<>(store, spec.id(), mapping, writer,
                    new TargetLookups(store, spec.id(), target, policy, retrier), source, target, retrier);
        }

        void copy(long runId, RunTally tally, Retrier retrier, Runnable afterPage) {
            if (spec.mode() == PipelineSpec.Mode.TWO_WAY) {
                // A's changes since A's cursor, then B's since B's; each side's cursor commits with its pages
                TwoWaySync<T> twoWay = new TwoWaySync<>(store, spec.id(), entity, source, target, policy, retrier,
                        hooks, spec.conflictPolicy());
                copy(runId, tally, retrier, afterPage, source, Cursors.Side.SOURCE, twoWay::fromA);
                copy(runId, tally, retrier, afterPage, target, Cursors.Side.TARGET, twoWay::fromB);
                return;
            }
            Optional<MappedWrites<T, ?>> mapped = mapped(retrier);
            if (mapped.isPresent()) {
                copy(runId, tally, retrier, afterPage, source, Cursors.Side.SOURCE, mapped.get()::write);
                // after the read, so that confirming orders does not move the list being paged; also what a crash
                // left undone, for records the read no longer brings (an order confirmed before the crash)
                mapped.get().runPending().forEach(tally::failedAfterWrite);
            } else {
                copy(runId, tally, retrier, afterPage, source, Cursors.Side.SOURCE, writer(retrier)::write);
            }
        }

        private void copy(long runId, RunTally tally, Retrier retrier, Runnable afterPage, Connector from,
                          Cursors.Side side, Function<T, WriteResult> write) {
            RunOptions read = RunOptions.of(spec);
            boolean fresh = side == Cursors.Side.SOURCE && read.fullRead() && previousRunFinished(runId);
            ReadRequest request = (fresh ? Optional.<String>empty()
                    : store.transaction(tx -> store.cursors().find(tx, spec.id(), side)))
                    .map(c -> side == Cursors.Side.SOURCE ? read.lookBack(c, store.clock()) : c)
                    .map(c -> new ReadRequest(Optional.of(new Cursor(c)), spec.batchSize(), read.filters()))
                    .orElse(new ReadRequest(Optional.empty(), spec.batchSize(), read.filters()));
            while (true) {
                ReadRequest current = request;
                Page<T> page = retrier.call("read " + entity, () -> from.read(entity, current));
                for (T record : page.records()) {
                    tally.read();
                    // every log line about this record (the engine's, the connector's) names the run and the record
                    MDC.put(RECORD_KEY, RecordKeys.keyOf(record));
                    try {
                        tally.add(logged(write.apply(record)));
                    } finally {
                        MDC.remove(RECORD_KEY);
                    }
                }
                RunCounts counts = tally.counts(retrier.throttledMillis());
                // the run's row fences the cursor: a node given up for dead (its run ABANDONED) commits nothing more
                store.inTransaction(tx -> {
                    if (!store.runs().progress(tx, runId, counts)) {
                        throw new RunAbandonedException(spec.id(), runId);
                    }
                    store.cursors().save(tx, spec.id(), side, page.next().value());
                });
                listener.pageCommitted(spec.id(), runId, counts);
                afterPage.run();
                if (page.last()) {
                    return;
                }
                request = request.continueAt(page.next());
            }
        }

        /** Whether the run before this one ended on its own (so a full-read pipeline starts over, not resumes). */
        private boolean previousRunFinished(long runId) {
            return store.transaction(tx -> store.runs().before(tx, spec.id(), runId))
                    .map(r -> r.state() == Run.State.SUCCEEDED).orElse(true);
        }
    }
}
