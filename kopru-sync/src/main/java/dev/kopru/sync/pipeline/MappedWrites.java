package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.mapping.AfterWriteStep;
import dev.kopru.sync.mapping.MappingContext;
import dev.kopru.sync.mapping.MappingException;
import dev.kopru.sync.mapping.RecordMapping;
import dev.kopru.sync.store.AfterWrite;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.DeadLetters;
import dev.kopru.sync.store.Link;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.CanonicalJson;
import dev.kopru.sync.write.ExactlyOnceWriter;
import dev.kopru.sync.write.RecordKeys;
import dev.kopru.sync.write.RetryingLetters;
import dev.kopru.sync.write.TransientRetries;
import dev.kopru.sync.write.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.MDC;

/**
 * One-way writes through a {@link RecordMapping}: each source record is mapped and the result goes through the
 * exactly-once writer under the source record's key. The mapping's after-write steps are recorded PENDING in
 * {@code after_writes} (with both records as JSON) when the write succeeds, and run by {@link #runPending} once the
 * run's read is over: a step that changes the source (confirming an order takes it out of the "new" list) must not
 * move records under a read that pages through that list. A crash anywhere leaves the steps PENDING for the next run;
 * they are safe to repeat.
 */
final class MappedWrites<S extends CanonicalRecord, T extends CanonicalRecord> {

    /** How many records' steps one call of {@link #runPending} takes. */
    private static final int STEPS_PER_CALL = 1_000;

    private final SyncStore store;
    private final long pipelineId;
    private final RecordMapping<S, T> mapping;
    private final ExactlyOnceWriter<T> writer;
    private final MappingContext context;
    private final Connector source;
    private final Connector target;
    private final RetryingLetters retrying;
    private final CanonicalJson json = new CanonicalJson();

    MappedWrites(SyncStore store, long pipelineId, RecordMapping<S, T> mapping, ExactlyOnceWriter<T> writer,
                 MappingContext context, Connector source, Connector target, TransientRetries retries) {
        this.store = store;
        this.pipelineId = pipelineId;
        this.mapping = mapping;
        this.writer = writer;
        this.context = new SourceParties(context, store, pipelineId, source);
        this.source = source;
        this.target = target;
        this.retrying = new RetryingLetters(store, pipelineId, retries);
    }

    /** Maps and writes a record read by a run; its after-write steps are left PENDING for {@link #runPending}. */
    WriteResult write(S record) {
        String key = RecordKeys.keyOf(record);
        T mapped;
        try {
            mapped = mapping.map(record, context);
        } catch (MappingException.InDoubt e) {
            return new WriteResult.InDoubt(key);
        } catch (MappingException.Transient e) {
            // a call the mapping needed (the buyer's create, a look-up) applied nothing: kept like a write failing so
            DeadLetters.Failure failure = mappingFailure(e.outcome(), e);
            return retrying.keep(key, json.toJson(record), failure).orElseGet(() -> deadLetter(key, record, failure));
        } catch (MappingException e) {
            return deadLetter(key, record, mappingFailure("Mapping", e));
        }
        boolean findFirst = mapping.findsBeforeCreating() && !known(key);
        if (findFirst) {
            linkExisting(key, mapped);
        }
        WriteResult result = writer.write(key, mapped);
        if (findFirst && result instanceof WriteResult.DeadLettered && linkExisting(key, mapped)) {
            // another pipeline opened it between the look-up and the create, and the target refused ours
            result = new WriteResult.Skipped(key, "linked to the record another pipeline wrote meanwhile");
        }
        if (!mapping.afterWrite().isEmpty()) {
            targetKey(result).ifPresent(targetKey -> plan(key, record, mapped, targetKey));
        }
        return result;
    }

    private boolean known(String key) {
        return store.transaction(tx -> store.links().find(tx, pipelineId, key).isPresent()
                || store.intents().find(tx, pipelineId, key).isPresent());
    }

    /**
     * For a mapping that {@linkplain RecordMapping#findsBeforeCreating finds before creating}: the record's natural
     * key looked up in the target, and what is found linked (and then left as it is while the record does not
     * change), so that a card another pipeline opened for the same customer is not opened twice. Whether it was.
     */
    private boolean linkExisting(String key, T mapped) {
        Optional<T> found;
        try {
            found = target.findByNaturalKey(mapping.target(), target.naturalKeyOf(mapping.target(), mapped));
        } catch (ConnectorException.QuotaExhausted e) {
            throw e;
        } catch (ConnectorException e) {
            return false; // the writer meets the same failure and reports it in the target's words
        }
        found.ifPresent(existing -> store.inTransaction(tx -> {
            store.links().save(tx, pipelineId, key, RecordKeys.keyOf(existing), json.hash(mapped));
            store.deadLetters().markReplayed(tx, pipelineId, key);
        }));
        return found.isPresent();
    }

    /** The same for a replay, whose after-write steps run at once, failed ones too. */
    WriteResult replay(S record) {
        WriteResult result = write(record);
        String key = RecordKeys.keyOf(record);
        List<AfterWrite> steps = store.transaction(tx -> store.afterWrites().of(tx, pipelineId, key));
        if (result instanceof WriteResult.DeadLettered || result instanceof WriteResult.InDoubt || steps.isEmpty()) {
            return result;
        }
        return runSteps(key, steps, true).orElse(result);
    }

    /**
     * Runs the PENDING after-write steps of every record, oldest first (those of this run, and those a crash left);
     * the results of records whose steps failed.
     */
    List<WriteResult> runPending() {
        List<WriteResult> failed = new ArrayList<>();
        if (mapping.afterWrite().isEmpty()) {
            return failed;
        }
        List<String> keys = store.transaction(tx -> store.afterWrites().pendingKeys(tx, pipelineId, STEPS_PER_CALL));
        for (String key : keys) {
            List<AfterWrite> steps = store.transaction(tx -> store.afterWrites().of(tx, pipelineId, key));
            MDC.put(PipelineRunner.RECORD_KEY, key);
            try {
                runSteps(key, steps, false).ifPresent(failed::add);
            } finally {
                MDC.remove(PipelineRunner.RECORD_KEY);
            }
        }
        return failed;
    }

    private Optional<String> targetKey(WriteResult result) {
        return switch (result) {
            case WriteResult.Created c -> Optional.of(c.targetKey());
            case WriteResult.Resolved r -> Optional.of(r.targetKey());
            case WriteResult.Updated u -> Optional.of(u.targetKey());
            case WriteResult.Skipped s -> store.transaction(tx -> store.links().find(tx, pipelineId, s.sourceKey()))
                    .map(Link::targetKey);
            case WriteResult.DeadLettered d -> Optional.empty();
            case WriteResult.Retrying r -> Optional.empty();
            case WriteResult.Deleted d -> Optional.empty();
            case WriteResult.InDoubt d -> Optional.empty();
        };
    }

    /** Records the steps PENDING unless every one is DONE already (a record re-read after its steps ran). */
    private void plan(String key, S record, T written, String targetKey) {
        List<String> names = mapping.afterWrite().stream().map(AfterWriteStep::name).toList();
        List<AfterWrite> known = store.transaction(tx -> store.afterWrites().of(tx, pipelineId, key));
        boolean done = known.size() == names.size()
                && known.stream().allMatch(s -> s.state() == AfterWrite.State.DONE);
        if (!done) {
            store.inTransaction(tx -> store.afterWrites().plan(tx, pipelineId, key, targetKey, names,
                    json.toJson(record), json.toJson(written)));
        }
    }

    /** Runs the steps not yet DONE, in the mapping's order; a result only when a step failed or waits for replay. */
    private Optional<WriteResult> runSteps(String key, List<AfterWrite> rows, boolean retryFailed) {
        Map<String, AfterWrite> byStep = rows.stream().collect(Collectors.toMap(AfterWrite::step,
                Function.identity()));
        AfterWrite any = rows.getFirst();
        S record = json.fromJson(any.sourceRecord(), mapping.source().type());
        T written = json.fromJson(any.writtenRecord(), mapping.target().type());
        for (AfterWriteStep<S, T> step : mapping.afterWrite()) {
            AfterWrite row = byStep.get(step.name());
            if (row == null || row.state() == AfterWrite.State.DONE) {
                continue;
            }
            if (row.state() == AfterWrite.State.FAILED && !retryFailed) {
                return Optional.of(new WriteResult.Skipped(key, step.name() + " failed earlier; replay its dead"
                        + " letter once the cause is fixed"));
            }
            try {
                step.run(record, written, any.targetKey(), source, target);
            } catch (ConnectorException.QuotaExhausted e) {
                throw e; // the step stays PENDING for the run after the account is topped up
            } catch (ConnectorException e) {
                store.inTransaction(tx -> store.afterWrites().mark(tx, pipelineId, key, step.name(),
                        AfterWrite.State.FAILED, e.getMessage()));
                return Optional.of(deadLetter(key, record, new DeadLetters.Failure(DeadLetter.Stage.AFTER,
                        e.getClass().getSimpleName(), step.name(), e.vendorMessage().orElse(null),
                        step.name() + ": " + e.getMessage(), "[]")));
            }
            store.inTransaction(tx -> store.afterWrites().mark(tx, pipelineId, key, step.name(),
                    AfterWrite.State.DONE, null));
        }
        store.inTransaction(tx -> store.deadLetters().markReplayed(tx, pipelineId, key));
        return Optional.empty();
    }

    private static DeadLetters.Failure mappingFailure(String outcome, MappingException e) {
        return new DeadLetters.Failure(DeadLetter.Stage.MAP, outcome, e.field(), e.vendorMessage(), e.getMessage(),
                "[]");
    }

    private WriteResult deadLetter(String key, S record, DeadLetters.Failure failure) {
        long id = store.transaction(tx -> store.deadLetters().record(tx, pipelineId, key, json.toJson(record),
                failure));
        return new WriteResult.DeadLettered(key, id, failure.outcome());
    }
}
