package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.ChangePositions;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.CursorKind;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.RunCalls;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline's state as the API, the CLI and the dashboard show it, and the ways to move it: set the cursor, reset
 * it (the next run reads everything; unchanged records are skipped by hash), or start again from a date where the
 * source's cursor is a change date. None of these touch another pipeline.
 */
public final class PipelineState {

    /** What a person needs to see at a glance. */
    public record Snapshot(long pipelineId, Optional<String> cursor, long links, long unresolvedIntents,
                           long openDeadLetters, Optional<Run> lastRun) {
    }

    private static final int MAX_CURSOR_LENGTH = 4000;

    private final PipelineRunner runner;
    private final SyncStore store;

    public PipelineState(PipelineRunner runner) {
        this.runner = runner;
        this.store = runner.store();
    }

    public Snapshot read(long pipelineId) {
        return store.transaction(tx -> {
            store.pipelines().get(tx, pipelineId);
            List<Run> runs = store.runs().ofPipeline(tx, pipelineId);
            return new Snapshot(pipelineId, store.cursors().find(tx, pipelineId), store.links().count(tx, pipelineId),
                    store.intents().unresolved(tx, pipelineId).size(), store.deadLetters().open(tx, pipelineId).size(),
                    runs.isEmpty() ? Optional.empty() : Optional.of(runs.getLast()));
        });
    }

    /**
     * Sets the cursor verbatim, e.g. one copied from an earlier snapshot; refused (naming {@code cursor}) when it is
     * not one the source could have issued: control characters, or a change-date source that finds no time in it.
     */
    public void setCursor(long pipelineId, Cursor cursor) {
        if (cursor.value().length() > MAX_CURSOR_LENGTH || cursor.value().chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("cursor", "not a cursor: at most " + MAX_CURSOR_LENGTH
                    + " printable characters");
        }
        BoundPipeline<?> bound = runner.bind(pipelineId, new RunCalls());
        bound.source.capability(ChangePositions.class)
                .filter(positions -> kind(bound) == CursorKind.CHANGE_DATE_AND_KEY)
                .ifPresent(positions -> positions.changedAt(bound.entity, cursor).orElseThrow(() ->
                        new InvalidInputException("cursor", "not a cursor of " + bound.source.descriptor().vendor()
                                + "'s " + bound.entity + " reads; copy one from the state, or set from a date")));
        save(pipelineId, cursor);
    }

    private void save(long pipelineId, Cursor cursor) {
        store.inTransaction(tx -> {
            store.pipelines().get(tx, pipelineId);
            store.cursors().save(tx, pipelineId, cursor.value());
        });
    }

    /** The next run reads the whole source again. */
    public void reset(long pipelineId) {
        store.inTransaction(tx -> {
            store.pipelines().get(tx, pipelineId);
            store.cursors().reset(tx, pipelineId);
        });
    }

    /** The next run reads what changed at or after {@code from}; only for change-date sources. */
    public void resetFrom(long pipelineId, Instant from) {
        BoundPipeline<?> bound = runner.bind(pipelineId, new RunCalls());
        CursorKind kind = kind(bound);
        if (kind != CursorKind.CHANGE_DATE_AND_KEY) {
            throw new InvalidInputException("from", bound.source.descriptor().vendor() + " reads "
                    + bound.entity + " with a " + kind + " cursor, which cannot be set from a date; reset it instead");
        }
        ChangePositions positions = bound.source.capability(ChangePositions.class).orElseThrow(() ->
                new InvalidInputException("from", bound.source.descriptor().vendor() + " cannot set a cursor from a"
                        + " date; reset it instead"));
        save(pipelineId, positions.at(bound.entity, from));
    }

    private static CursorKind kind(BoundPipeline<?> bound) {
        return bound.source.descriptor().support(bound.entity).map(s -> s.cursorKind()).orElse(CursorKind.NONE);
    }
}
