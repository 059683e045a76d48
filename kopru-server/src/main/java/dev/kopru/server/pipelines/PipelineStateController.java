package dev.kopru.server.pipelines;

import dev.kopru.core.connector.Cursor;
import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.runs.RunQueries;
import dev.kopru.server.runs.RunView;
import dev.kopru.sync.pipeline.PipelineState;
import dev.kopru.sync.store.Cursors;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.store.Tx;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a pipeline's next run starts reading, and moving it: set a cursor, start again from a date, or reset (the
 * next run reads everything; unchanged records are skipped by their content hash). Other pipelines are untouched.
 * Refused while the pipeline runs, since the run's next page would overwrite the change. {@code ?side=A|B} moves one
 * side of a two-way pipeline (A: its source, B: its target); without it a change moves A and a reset both.
 */
@RestController
@RequestMapping("/api/v1/pipelines/{id}/state")
class PipelineStateController {

    /** A committed read position and when it was committed. */
    record CursorView(String value, Instant updatedAt) {
    }

    /** {@code targetCursor} is the position on the target side of a two-way pipeline. */
    record StateView(long pipelineId, CursorView cursor, CursorView targetCursor, long links, long unresolvedIntents,
                     long openDeadLetters, RunView lastRun) {
    }

    /** Exactly one of: a cursor copied from an earlier state, or a date/instant the next run reads changes from. */
    record StateChange(String cursor, String from) {
    }

    private final PipelineCatalog catalog;
    private final PipelineState state;
    private final SyncStore store;
    private final RunQueries runs;

    PipelineStateController(PipelineCatalog catalog, PipelineState state, SyncStore store, RunQueries runs) {
        this.catalog = catalog;
        this.state = state;
        this.store = store;
        this.runs = runs;
    }

    @Operation(summary = "Read a pipeline's cursor(s), link and dead-letter counts and last run")
    @GetMapping
    StateView get(@PathVariable long id) {
        store.transaction(tx -> catalog.require(tx, id));
        PipelineState.Snapshot snapshot = state.read(id);
        return store.transaction(tx -> new StateView(id, cursor(tx, id, Cursors.Side.SOURCE),
                cursor(tx, id, Cursors.Side.TARGET), snapshot.links(), snapshot.unresolvedIntents(),
                snapshot.openDeadLetters(), runs.latest(tx, id).orElse(null)));
    }

    @Operation(summary = "Set the cursor ({\"cursor\":...}) or start again from a date ({\"from\":\"2026-01-01\"})")
    @PutMapping
    StateView set(@PathVariable long id, @RequestBody StateChange change,
                  @RequestParam(required = false) String side) {
        notRunning(id);
        Cursors.Side moved = side(side).orElse(Cursors.Side.SOURCE);
        if ((change.cursor() == null) == (change.from() == null)) {
            throw new InvalidInputException("cursor", "give exactly one of cursor and from");
        }
        if (change.cursor() != null) {
            if (change.cursor().isBlank()) {
                throw new InvalidInputException("cursor", "must not be blank; DELETE the state to reset it");
            }
            state.setCursor(id, moved, new Cursor(change.cursor()));
        } else {
            state.resetFrom(id, moved, instant(change.from()));
        }
        return get(id);
    }

    @Operation(summary = "Reset: the next run reads the whole source again (unchanged records are skipped);"
            + " ?side=A or B resets one side of a two-way pipeline")
    @DeleteMapping
    StateView reset(@PathVariable long id, @RequestParam(required = false) String side) {
        notRunning(id);
        side(side).ifPresentOrElse(s -> state.reset(id, s), () -> state.reset(id));
        return get(id);
    }

    /** A two-way pipeline's side by its letter: A is the source, B the target. */
    private static Optional<Cursors.Side> side(String side) {
        if (side == null) {
            return Optional.empty();
        }
        return switch (side.strip().toUpperCase(Locale.ROOT)) {
            case "A" -> Optional.of(Cursors.Side.SOURCE);
            case "B" -> Optional.of(Cursors.Side.TARGET);
            default -> throw new InvalidInputException("side", "must be A (the source) or B (the target), was '"
                    + side + "'");
        };
    }

    private void notRunning(long id) {
        store.transaction(tx -> catalog.require(tx, id));
        if (catalog.running(id)) {
            throw new ConflictException("pipeline", "" + id + " is running; change its state after the run");
        }
    }

    private CursorView cursor(Tx tx, long id, Cursors.Side side) {
        return store.cursors().position(tx, id, side).map(p -> new CursorView(p.value(), p.updatedAt())).orElse(null);
    }

    /** A date is the start of that day in UTC; a full ISO-8601 instant is taken as it is. */
    private static Instant instant(String from) {
        try {
            return from.length() == 10 ? LocalDate.parse(from).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(from);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("from", "'" + from + "' is neither a date (2026-01-01) nor an instant"
                    + " (2026-01-01T00:00:00Z)");
        }
    }
}
