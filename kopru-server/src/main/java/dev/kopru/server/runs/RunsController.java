package dev.kopru.server.runs;

import dev.kopru.server.app.ItemPage;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.sync.store.SyncStore;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Runs with their counts and timings, newest first; {@code next} pages on to older runs. */
@RestController
class RunsController {

    private final RunQueries runs;
    private final SyncStore store;
    private final RunLogLines log;

    RunsController(RunQueries runs, SyncStore store, RunLogLines log) {
        this.runs = runs;
        this.store = store;
        this.log = log;
    }

    @Operation(summary = "Runs of every pipeline, newest first (for the dashboard)")
    @GetMapping("/api/v1/runs")
    ItemPage<RunView> all(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String before) {
        return runs.recent(null, before, limit);
    }

    @Operation(summary = "The last runs of each pipeline (?each=6), by pipeline, newest first (the overview's dots)")
    @GetMapping("/api/v1/runs/latest")
    ItemPage<RunView> latest(@RequestParam(defaultValue = "6") int each) {
        return ItemPage.of(runs.latestOfEach(each));
    }

    @Operation(summary = "Runs of one pipeline, newest first")
    @GetMapping("/api/v1/pipelines/{id}/runs")
    ItemPage<RunView> ofPipeline(@PathVariable long id, @RequestParam(defaultValue = "50") int limit,
                                 @RequestParam(required = false) String before) {
        if (store.transaction(tx -> store.pipelines().find(tx, id)).isEmpty()) {
            throw new NotFoundException("pipeline", "no pipeline with id " + id);
        }
        return runs.recent(id, before, limit);
    }

    @Operation(summary = "One run with its counts, timing and error")
    @GetMapping("/api/v1/runs/{runId}")
    RunView one(@PathVariable long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFoundException("run", "no run with id " + runId));
    }

    @Operation(summary = "The run's lines from the server's log file (the last " + RunLogLines.MAX + ", oldest first)")
    @GetMapping("/api/v1/runs/{runId}/log")
    ItemPage<RunLogLines.LogLine> log(@PathVariable long runId) {
        one(runId);
        return log.of(runId);
    }
}
