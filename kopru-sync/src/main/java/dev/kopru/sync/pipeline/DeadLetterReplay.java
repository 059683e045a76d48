package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.write.RunCalls;
import dev.kopru.sync.write.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Replays dead letters after their cause was fixed. The record is read again from the source by its key (the
 * stored JSON is what failed, the fix is in the source) and goes through the same exactly-once writer, so a
 * replay of a record that did reach the target links it instead of writing it twice. A letter whose record is
 * gone from the source stays OPEN.
 */
public final class DeadLetterReplay {

    /** One letter's replay: the write result, or empty when the source no longer has the record. */
    public record Replayed(long deadLetterId, String sourceKey, Optional<WriteResult> result) { }

    private final PipelineRunner runner;

    public DeadLetterReplay(PipelineRunner runner) {
        this.runner = runner;
    }

    public Replayed replay(long pipelineId, long deadLetterId) {
        var store = runner.store();
        DeadLetter letter = store.transaction(tx -> store.deadLetters().find(tx, deadLetterId))
                .filter(d -> d.pipelineId() == pipelineId)
                .orElseThrow(() -> new InvalidInputException("deadLetterId", "no dead letter " + deadLetterId
                        + " in pipeline " + pipelineId));
        RunCalls calls = new RunCalls();
        return replay(runner.bind(pipelineId, calls), letter, calls);
    }

    /** Replays every OPEN dead letter of the pipeline, oldest first. */
    public List<Replayed> replayAll(long pipelineId) {
        return replayWhere(pipelineId, letter -> true);
    }

    /** Replays the OPEN dead letters that {@code filter} accepts (e.g. one outcome, one field), oldest first. */
    public List<Replayed> replayWhere(long pipelineId, Predicate<DeadLetter> filter) {
        var store = runner.store();
        RunCalls calls = new RunCalls();
        BoundPipeline<?> bound = runner.bind(pipelineId, calls);
        List<Replayed> out = new ArrayList<>();
        for (DeadLetter letter : store.transaction(tx -> store.deadLetters().open(tx, pipelineId))) {
            if (filter.test(letter)) {
                out.add(replay(bound, letter, calls));
            }
        }
        return out;
    }

    private static <T extends CanonicalRecord> Replayed replay(BoundPipeline<T> bound, DeadLetter letter,
                                                               RunCalls calls) {
        if (bound.spec.mode() == PipelineSpec.Mode.TWO_WAY) {
            // a two-way dead letter is a conflict (both versions): settle it on either side, the next run syncs it
            throw new InvalidInputException("pipelineId", "dead letters of two-way pipeline " + bound.spec.id()
                    + " are not replayed; fix the record on one side (or make both agree) and run the pipeline");
        }
        if (letter.state() == DeadLetter.State.REPLAYED) {
            throw new ConflictException("deadLetterId", letter.id() + " is already " + letter.state());
        }
        Optional<T> record;
        try {
            record = bound.source.get(bound.entity, letter.sourceKey());
        } catch (ConnectorException e) {
            return new Replayed(letter.id(), letter.sourceKey(), Optional.empty());
        }
        if (record.isEmpty()) {
            return new Replayed(letter.id(), letter.sourceKey(), Optional.empty());
        }
        return new Replayed(letter.id(), letter.sourceKey(),
                Optional.of(bound.oneWay(calls, true).apply(record.get())));
    }
}
