package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.write.Lane;
import dev.kopru.sync.write.RunCalls;
import dev.kopru.sync.write.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Replays dead letters after their cause was fixed. The record is read again from the source by its key (the
 * stored JSON is what failed, the fix is in the source; a source that cannot fetch one record gives the record its
 * letter holds, as it read it) and goes through the same exactly-once writer, so a
 * replay of a record that did reach the target links it instead of writing it twice. A letter whose record is
 * gone from the source stays OPEN. A two-way letter is replayed from the side it was read from, through that
 * direction (a conflict is judged again by the pipeline's policy).
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
        if (letter.state() == DeadLetter.State.REPLAYED) {
            throw new ConflictException("deadLetterId", letter.id() + " is already " + letter.state());
        }
        // two-way letters are keyed by the side the record was read from (A: or B:); the record goes through that
        // side's direction again, so a conflict settled on either side (or still open) is judged afresh
        boolean twoWay = bound.spec.mode() == PipelineSpec.Mode.TWO_WAY;
        boolean fromB = twoWay && letter.sourceKey().startsWith(Lane.B_TO_A.prefix());
        String key = twoWay ? letter.sourceKey().substring(Lane.A_TO_B.prefix().length()) : letter.sourceKey();
        Optional<T> record;
        try {
            record = DueRetries.again(fromB ? bound.target : bound.source, bound.entity, key, letter);
        } catch (ConnectorException e) {
            return new Replayed(letter.id(), letter.sourceKey(), Optional.empty());
        }
        if (record.isEmpty()) {
            return new Replayed(letter.id(), letter.sourceKey(), Optional.empty());
        }
        Function<T, WriteResult> write = !twoWay ? bound.oneWay(calls, true)
                : fromB ? bound.twoWay(calls)::fromB : bound.twoWay(calls)::fromA;
        return new Replayed(letter.id(), letter.sourceKey(), Optional.of(write.apply(record.get())));
    }
}
