package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.Unreadable;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.mapping.MappingOptions;
import dev.kopru.sync.mapping.RecordMapping;
import dev.kopru.sync.mapping.RunOptions;
import dev.kopru.sync.store.Cursors;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.RunCounts;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.ExactlyOnceWriter;
import dev.kopru.sync.write.Lane;
import dev.kopru.sync.write.RecordKeys;
import dev.kopru.sync.write.RunCalls;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.sync.write.WritePolicy;
import dev.kopru.sync.write.WriteResult;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pipeline bound for a run or a replay: its definition, its entity, and its two connectors (chained: retried,
 * rate-limited, metered). It
 * reads the source page by page from the committed cursor and writes each record one-way, mapped or two-way;
 * after each page the cursor commits with the run's counts, fenced by the run's row.
 */
final class BoundPipeline<T extends CanonicalRecord> {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);

    private final SyncStore store;
    private final WritePolicy policy;
    private final WriteHooks hooks;
    private final RunListener listener;
    final PipelineSpec spec;
    final Entity<T> entity;
    final Connector source;
    final Connector target;
    private final ReadLetters readLetters;
    private final Deletes<T> deletes;

    BoundPipeline(SyncStore store, WritePolicy policy, WriteHooks hooks, RunListener listener, PipelineSpec spec,
                  Entity<T> entity, Connector source, Connector target) {
        this.store = store;
        this.policy = policy;
        this.hooks = hooks;
        this.listener = listener;
        this.spec = spec;
        this.entity = entity;
        this.source = source;
        this.target = target;
        this.readLetters = new ReadLetters(store, spec.id());
        this.deletes = new Deletes<>(store, spec.id(), entity, spec.options().run().deletePolicy());
    }

    ExactlyOnceWriter<T> writer(RunCalls calls) {
        return new ExactlyOnceWriter<>(store, spec.id(), target, entity, spec.options().run().policy(policy),
                calls, hooks);
    }

    /**
     * How a one-way run (or a replay, {@code replay} true) writes one source record: as it is, or through the
     * pipeline's mapping and its after-write steps.
     */
    @SuppressWarnings("unchecked")
    Function<T, WriteResult> oneWay(RunCalls calls, boolean replay) {
        Optional<MappedWrites<T, ?>> mapped = mapped(calls);
        if (mapped.isEmpty()) {
            return writer(calls)::write;
        }
        return replay ? mapped.get()::replay : mapped.get()::write;
    }

    @SuppressWarnings("unchecked")
    private Optional<MappedWrites<T, ?>> mapped(RunCalls calls) {
        return spec.options().mapping().map(MappingOptions::mapping)
                .map(m -> mappedWrites((RecordMapping<T, ?>) m, calls));
    }

    private <U extends CanonicalRecord> MappedWrites<T, U> mappedWrites(RecordMapping<T, U> mapping, RunCalls calls) {
        WritePolicy writes = spec.options().run().policy(policy);
        ExactlyOnceWriter<U> writer = new ExactlyOnceWriter<>(store, spec.id(), target, mapping.target(), writes,
                calls, hooks);
        return new MappedWrites<>(store, spec.id(), mapping, writer,
                new TargetLookups(store, spec.id(), target, policy, calls), source, target,
                writes.transientRetries());
    }

    /** The two directions of a two-way pipeline, for a run or a replay. */
    TwoWaySync<T> twoWay(RunCalls calls) {
        return new TwoWaySync<>(store, spec.id(), entity, source, target, spec.options().run().policy(policy), calls,
                hooks, spec.conflictPolicy(), spec.options().run().pairBy());
    }

    void copy(long runId, RunTally tally, RunCalls calls, Runnable afterPage) {
        if (spec.mode() == PipelineSpec.Mode.TWO_WAY) {
            // A's changes since A's cursor, then B's since B's; each side's cursor commits with its pages
            TwoWaySync<T> twoWay = twoWay(calls);
            twoWay.settleInterrupted().forEach(tally::add);
            copy(runId, tally, calls, afterPage, source, Cursors.Side.SOURCE, PageWrites.oneByOne(twoWay::fromA));
            copy(runId, tally, calls, afterPage, target, Cursors.Side.TARGET, PageWrites.oneByOne(twoWay::fromB));
            return;
        }
        int writers = spec.options().run().writers(target);
        Optional<MappedWrites<T, ?>> mapped = mapped(calls);
        if (mapped.isPresent()) {
            copy(runId, tally, calls, afterPage, source, Cursors.Side.SOURCE,
                    new PageWrites<>(page -> { }, mapped.get()::write, () -> { }, () -> { }, writers));
            // after the read, so that confirming orders does not move the list being paged; also what a crash
            // left undone, for records the read no longer brings (an order confirmed before the crash)
            mapped.get().runPending().forEach(tally::failedAfterWrite);
        } else {
            ExactlyOnceWriter<T> writer = writer(calls);
            copy(runId, tally, calls, afterPage, source, Cursors.Side.SOURCE, new PageWrites<>(
                    page -> writer.prepare(page.stream().map(r -> new ExactlyOnceWriter.Keyed<>(RecordKeys.keyOf(r),
                            r)).toList()), writer::write, writer::flush, writer::unprepare, writers));
        }
    }

    private void copy(long runId, RunTally tally, RunCalls calls, Runnable afterPage, Connector from,
                      Cursors.Side side, PageWrites<T> writes) {
        // records a transient failure left for this run first; those still waiting are held back from the pages
        writes = writes.withWrite(new DueRetries<>(store, spec.id(), entity).run(lane(side).prefix(), from,
                writes.write(), tally));
        RunOptions read = spec.options().run();
        boolean fresh = side == Cursors.Side.SOURCE && read.fullRead() && previousRunFinished(runId);
        ReadRequest request = (fresh ? Optional.<String>empty()
                : store.transaction(tx -> store.cursors().find(tx, spec.id(), side)))
                // both sides of a two-way pipeline look back: either may date its changes late (DİA to the second)
                .map(Cursor::new).map(c -> read.lookBack(from, entity, c))
                .map(c -> new ReadRequest(Optional.of(c), spec.batchSize(), read.sourceFilters()))
                .orElse(new ReadRequest(Optional.empty(), spec.batchSize(), read.sourceFilters()));
        listener.activity(spec.id(), runId, RunListener.Phase.READING, tally.counts(calls.throttledMillis()));
        Page<T> page = from.read(entity, request);
        UnaryOperator<WriteResult> written = result -> {
            listener.activity(spec.id(), runId, RunListener.Phase.WRITING, tally.counts(calls.throttledMillis()));
            return logged(result);
        };
        while (true) {
            // read-ahead: the next page is read while this one is written; at most two pages are held
            PageWrites.ReadAhead<T> next = null;
            if (!page.last()) {
                request = request.continueAt(page.next());
                ReadRequest ahead = request;
                next = PageWrites.readAhead(() -> from.read(entity, ahead));
            }
            String position = page.next().value();
            try {
                writes.write(page.records(), tally, written);
                for (Unreadable unreadable : page.unreadable()) {
                    tally.read(); // a record the page brought that the connector could not parse or map
                    tally.add(logged(readLetters.record(lane(side).prefix(), unreadable)));
                }
                for (String deleted : page.deleted()) {
                    tally.add(logged(deletes.deleted(lane(side).prefix(), lane(side).mirrorPrefix(), deleted,
                            side == Cursors.Side.SOURCE ? target : source)));
                }
                RunCounts counts = tally.counts(calls.throttledMillis());
                // the run's row fences the cursor: a node given up for dead (its run ABANDONED) commits nothing more
                store.inTransaction(tx -> {
                    if (!store.runs().progress(tx, runId, counts)) {
                        throw new RunAbandonedException(spec.id(), runId);
                    }
                    store.cursors().save(tx, spec.id(), side, position);
                });
                listener.pageCommitted(spec.id(), runId, counts);
                afterPage.run();
            } catch (RuntimeException | Error e) {
                if (next != null) {
                    next.cancel();
                }
                throw e;
            }
            if (next == null) {
                return;
            }
            page = next.join();
        }
    }

    /** The direction of records read from {@code side}: the one lane one-way, the side's in a two-way pipeline. */
    private Lane lane(Cursors.Side side) {
        return spec.mode() != PipelineSpec.Mode.TWO_WAY ? Lane.ONE_WAY : side == Cursors.Side.SOURCE ? Lane.A_TO_B
                : Lane.B_TO_A;
    }

    /** Whether the run before this one ended on its own (so a full-read pipeline starts over, not resumes). */
    private boolean previousRunFinished(long runId) {
        return store.transaction(tx -> store.runs().before(tx, spec.id(), runId))
                .map(r -> r.state() == Run.State.SUCCEEDED).orElse(true);
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
}
