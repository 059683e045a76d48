package dev.kopru.server.pipelines;

import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.server.app.ItemPage;
import dev.kopru.sync.pipeline.DeadLetterReplay;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.Intent;
import dev.kopru.sync.store.SyncStore;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A pipeline's dead letters (records that failed permanently, with the vendor's message) and their replay after the
 * fix was made in the source, and its unresolved create intents. Replays go through the engine's exactly-once writer,
 * so a record that did reach the target is linked, not written twice. A replay asked for while the pipeline runs is
 * answered 202 with the result {@code Queued} and runs when the run ends ({@link ReplayQueue}).
 */
@RestController
@RequestMapping("/api/v1")
class DeadLettersController {

    record DeadLetterView(long id, long pipelineId, String sourceKey, DeadLetter.Stage stage, String outcome,
                          String field, String vendorMessage, String message, JsonNode attempts, JsonNode record,
                          DeadLetter.State state, Instant createdAt, Instant updatedAt, int retryRuns,
                          Instant retryAfter) {
    }

    /**
     * {@code result} is the writer's outcome ({@code Created}, {@code Resolved}, {@code DeadLettered}, ...),
     * {@code SourceMissing}, or {@code Queued} when the replay waits for the pipeline's run to end.
     */
    record ReplayView(long deadLetterId, String sourceKey, String result, DeadLetter.State state) {
    }

    record IntentView(String sourceKey, String targetKeyName, String targetKeyValue, Intent.State state, int attempts,
                      Instant createdAt, Instant updatedAt) {
    }

    private final PipelineCatalog catalog;
    private final DeadLetterReplay replay;
    private final SyncStore store;
    private final ObjectMapper json;
    private final ReplayQueue queue;

    DeadLettersController(PipelineCatalog catalog, DeadLetterReplay replay, SyncStore store, ObjectMapper json,
                          ReplayQueue queue) {
        this.catalog = catalog;
        this.replay = replay;
        this.store = store;
        this.json = json;
        this.queue = queue;
    }

    @Operation(summary = "List a pipeline's dead letters (state OPEN, RETRYING: transient failures and writes in doubt"
            + " that later runs retry by themselves, REPLAYED or ALL; stage READ, MAP, WRITE or AFTER; q: text in the"
            + " key, messages or field) with the vendor's message and the record")
    @GetMapping("/pipelines/{id}/dead-letters")
    ItemPage<DeadLetterView> deadLetters(@PathVariable long id, @RequestParam(defaultValue = "OPEN") String state,
                                         @RequestParam(required = false) String stage,
                                         @RequestParam(required = false) String q) {
        return ItemPage.of(letters(List.of(id), state, stage, q));
    }

    @Operation(summary = "List the dead letters of every pipeline, or of one (?pipeline=id), with the same filters"
            + " as a pipeline's list")
    @GetMapping("/dead-letters")
    ItemPage<DeadLetterView> allDeadLetters(@RequestParam(required = false) Long pipeline,
                                            @RequestParam(defaultValue = "OPEN") String state,
                                            @RequestParam(required = false) String stage,
                                            @RequestParam(required = false) String q) {
        List<Long> pipelines = pipeline != null ? List.of(pipeline)
                : catalog.list().stream().map(PipelineView::id).toList();
        return ItemPage.of(letters(pipelines, state, stage, q));
    }

    private List<DeadLetterView> letters(List<Long> pipelines, String state, String stage, String q) {
        String wanted = choice("state", state, "OPEN", "RETRYING", "REPLAYED", "ALL");
        Predicate<DeadLetter> matching = new DeadLetterFilter(stage == null || stage.isBlank() ? null
                : DeadLetter.Stage.valueOf(choice("stage", stage, "READ", "MAP", "WRITE", "AFTER")),
                null, null, q, null).predicate();
        List<DeadLetter> letters = store.transaction(tx -> pipelines.stream().flatMap(id -> {
            catalog.require(tx, id);
            return (wanted.equals("OPEN") ? store.deadLetters().open(tx, id) : store.deadLetters().all(tx, id)).stream();
        }).toList());
        return letters.stream().filter(l -> wanted.equals("ALL") || l.state().name().equals(wanted))
                .filter(matching).map(this::view).toList();
    }

    @Operation(summary = "Replay one dead letter: re-read the record from the source and write it once (202 and"
            + " result Queued while the pipeline runs: it is replayed when the run ends)")
    @PostMapping("/pipelines/{id}/dead-letters/{deadLetterId}/replay")
    ResponseEntity<ReplayView> replayOne(@PathVariable long id, @PathVariable long deadLetterId) {
        DeadLetter letter = store.transaction(tx -> {
            catalog.require(tx, id);
            return store.deadLetters().find(tx, deadLetterId).filter(l -> l.pipelineId() == id).orElseThrow(() ->
                    new NotFoundException("deadLetter", "no dead letter " + deadLetterId + " in pipeline " + id));
        });
        if (letter.state() != DeadLetter.State.OPEN) {
            throw new ConflictException("deadLetterId", deadLetterId + " is already " + letter.state());
        }
        if (catalog.running(id)) {
            queue.afterRun(id, deadLetterId);
            return ResponseEntity.accepted().body(queued(letter));
        }
        return ResponseEntity.ok(view(replay.replay(id, deadLetterId)));
    }

    @Operation(summary = "Replay the open dead letters: all, a selection ({ids: [..]}) or those matching {stage,"
            + " outcome, field, text} (202 and result Queued while the pipeline runs)")
    @PostMapping("/pipelines/{id}/dead-letters/replay")
    ResponseEntity<ItemPage<ReplayView>> replayMany(@PathVariable long id,
                                                    @RequestBody(required = false) DeadLetterFilter filter) {
        DeadLetterFilter given = filter == null ? DeadLetterFilter.ALL : filter;
        Predicate<DeadLetter> which = given.predicate();
        List<DeadLetter> open = store.transaction(tx -> {
            catalog.require(tx, id);
            return store.deadLetters().open(tx, id);
        });
        if (catalog.running(id)) {
            queue.afterRun(id, given);
            return ResponseEntity.accepted().body(ItemPage.of(open.stream().filter(which).map(this::queued).toList()));
        }
        return ResponseEntity.ok(ItemPage.of(replay.replayWhere(id, which).stream().map(this::view).toList()));
    }

    @Operation(summary = "List create intents: IN_DOUBT (default), PENDING, UNRESOLVED (both) or ALL")
    @GetMapping("/pipelines/{id}/intents")
    ItemPage<IntentView> intents(@PathVariable long id, @RequestParam(defaultValue = "IN_DOUBT") String state) {
        String wanted = choice("state", state, "IN_DOUBT", "PENDING", "UNRESOLVED", "ALL");
        List<Intent> intents = store.transaction(tx -> {
            catalog.require(tx, id);
            return store.intents().unresolved(tx, id); // a done intent is not kept: ALL is UNRESOLVED
        });
        return ItemPage.of(intents.stream()
                .filter(i -> wanted.equals("ALL") || wanted.equals("UNRESOLVED") || i.state().name().equals(wanted))
                .map(i -> new IntentView(i.sourceKey(), i.targetKeyName(), i.targetKeyValue(), i.state(),
                        i.attempts(), i.createdAt(), i.updatedAt()))
                .toList());
    }

    private ReplayView queued(DeadLetter letter) {
        return new ReplayView(letter.id(), letter.sourceKey(), "Queued", letter.state());
    }

    private ReplayView view(DeadLetterReplay.Replayed replayed) {
        DeadLetter.State state = store.transaction(tx -> store.deadLetters().find(tx, replayed.deadLetterId()))
                .map(DeadLetter::state).orElse(DeadLetter.State.OPEN);
        String result = replayed.result().map(r -> r.getClass().getSimpleName()).orElse("SourceMissing");
        return new ReplayView(replayed.deadLetterId(), replayed.sourceKey(), result, state);
    }

    private DeadLetterView view(DeadLetter l) {
        return new DeadLetterView(l.id(), l.pipelineId(), l.sourceKey(), l.stage(), l.outcome(), l.field(),
                l.vendorMessage(), l.message(), json.readTree(l.attemptsJson()), json.readTree(l.sourceRecord()),
                l.state(), l.createdAt(), l.updatedAt(), l.retryRuns(), l.retryAfter());
    }

    private static String choice(String field, String value, String... allowed) {
        String upper = Objects.requireNonNull(value).toUpperCase(Locale.ROOT);
        if (!List.of(allowed).contains(upper)) {
            throw new InvalidInputException(field, "'" + value + "' is not one of " + String.join(", ", allowed));
        }
        return upper;
    }
}
