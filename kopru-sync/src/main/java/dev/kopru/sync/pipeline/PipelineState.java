package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.ChangePositions;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.CursorKind;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.sync.store.Cursors;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.RunCalls;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline's state as the API, the CLI and the dashboard show it, and the ways to move it: set the cursor, reset
 * it (the next run reads everything; unchanged records are skipped by hash), or start again from a date where the
 * source's cursor is a change date; for a two-way pipeline per side (A = {@link Cursors.Side#SOURCE}, B =
 * {@link Cursors.Side#TARGET}). None of these touch another pipeline.
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
        setCursor(pipelineId, Cursors.Side.SOURCE, cursor);
    }

    /** Sets one side's cursor (a two-way pipeline's B is {@link Cursors.Side#TARGET}), checked as above. */
    public void setCursor(long pipelineId, Cursors.Side side, Cursor cursor) {
        if (cursor.value().length() > MAX_CURSOR_LENGTH || cursor.value().chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("cursor", "not a cursor: at most " + MAX_CURSOR_LENGTH
                    + " printable characters");
        }
        BoundPipeline<?> bound = runner.bind(pipelineId, new RunCalls());
        Connector connector = side == Cursors.Side.SOURCE ? bound.source : bound.target;
        connector.capability(ChangePositions.class)
                .filter(positions -> kind(bound, connector) == CursorKind.CHANGE_DATE_AND_KEY)
                .ifPresent(positions -> positions.changedAt(bound.entity, cursor).orElseThrow(() ->
                        new InvalidInputException("cursor", "not a cursor of " + connector.descriptor().vendor()
                                + "'s " + bound.entity + " reads; copy one from the state, or set from a date")));
        save(pipelineId, side, cursor);
    }

    private void save(long pipelineId, Cursors.Side side, Cursor cursor) {
        store.inTransaction(tx -> {
            requireSide(store.pipelines().get(tx, pipelineId), side);
            store.cursors().save(tx, pipelineId, side, cursor.value());
        });
    }

    /** The next run reads the whole source again (both sides of a two-way pipeline). */
    public void reset(long pipelineId) {
        store.inTransaction(tx -> {
            store.pipelines().get(tx, pipelineId);
            store.cursors().reset(tx, pipelineId);
        });
    }

    /** The next run reads one side again from its start (a two-way side read so also pairs by natural key). */
    public void reset(long pipelineId, Cursors.Side side) {
        store.inTransaction(tx -> {
            requireSide(store.pipelines().get(tx, pipelineId), side);
            store.cursors().reset(tx, pipelineId, side);
        });
    }

    private static void requireSide(PipelineSpec spec, Cursors.Side side) {
        if (side == Cursors.Side.TARGET && spec.mode() != PipelineSpec.Mode.TWO_WAY) {
            throw new InvalidInputException("side", "pipeline " + spec.id() + " is one-way: only its source (A) has"
                    + " a cursor");
        }
    }

    /** The next run reads what changed at or after {@code from}; only for change-date sources. */
    public void resetFrom(long pipelineId, Instant from) {
        resetFrom(pipelineId, Cursors.Side.SOURCE, from);
    }

    /** The same for one side of a two-way pipeline. */
    public void resetFrom(long pipelineId, Cursors.Side side, Instant from) {
        BoundPipeline<?> bound = runner.bind(pipelineId, new RunCalls());
        Connector connector = side == Cursors.Side.SOURCE ? bound.source : bound.target;
        CursorKind kind = kind(bound, connector);
        if (kind != CursorKind.CHANGE_DATE_AND_KEY) {
            throw new InvalidInputException("from", connector.descriptor().vendor() + " reads "
                    + bound.entity + " with a " + kind + " cursor, which cannot be set from a date; reset it instead");
        }
        ChangePositions positions = connector.capability(ChangePositions.class).orElseThrow(() ->
                new InvalidInputException("from", connector.descriptor().vendor() + " cannot set a cursor from a"
                        + " date; reset it instead"));
        save(pipelineId, side, positions.at(bound.entity, from));
    }

    private static CursorKind kind(BoundPipeline<?> bound, Connector connector) {
        return connector.descriptor().support(bound.entity).map(s -> s.cursorKind()).orElse(CursorKind.NONE);
    }
}
