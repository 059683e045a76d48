package dev.kopru.server.pipelines;

import dev.kopru.server.app.ItemPage;
import dev.kopru.sync.schedule.PipelineScheduler;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Defining pipelines, and starting, pausing and resuming their runs. */
@RestController
@RequestMapping("/api/v1/pipelines")
class PipelinesController {

    /** What a trigger did, and where to watch the run. */
    record Triggered(long pipelineId, PipelineScheduler.Triggered triggered, String events) {
        static Triggered of(long id, PipelineScheduler.Triggered triggered) {
            return new Triggered(id, triggered, "/api/v1/pipelines/" + id + "/events");
        }
    }

    private final PipelineCatalog catalog;

    PipelinesController(PipelineCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "Define a pipeline (entity, source and target connections, mode, options, schedule)")
    @PostMapping
    ResponseEntity<PipelineView> create(@RequestBody PipelineRequest request) {
        PipelineView created = catalog.create(request);
        return ResponseEntity.created(URI.create("/api/v1/pipelines/" + created.id())).body(created);
    }

    @Operation(summary = "List pipelines with their schedule, paused flag, next run and last run")
    @GetMapping
    ItemPage<PipelineView> list() {
        return ItemPage.of(catalog.list());
    }

    @Operation(summary = "Read one pipeline")
    @GetMapping("/{id}")
    PipelineView get(@PathVariable long id) {
        return catalog.view(id);
    }

    @Operation(summary = "Replace a pipeline's definition; carries the version it was read at (409 when stale)")
    @PutMapping("/{id}")
    PipelineView update(@PathVariable long id, @RequestBody PipelineRequest request) {
        return catalog.update(id, request);
    }

    @Operation(summary = "Delete a pipeline that is not running, with its schedule, runs, links and dead letters")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        catalog.delete(id);
    }

    @Operation(summary = "Run now: starts a run as soon as a node is free, or joins the one running")
    @PostMapping("/{id}/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Triggered run(@PathVariable long id) {
        return Triggered.of(id, catalog.runNow(id));
    }

    @Operation(summary = "Inbound webhook for a source system: the same as run now, refused while paused")
    @PostMapping("/{id}/webhook")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Triggered webhook(@PathVariable long id) {
        return Triggered.of(id, catalog.onWebhook(id));
    }

    @Operation(summary = "Pause: no scheduled or webhook runs until resumed (a run in progress finishes)")
    @PostMapping("/{id}/pause")
    PipelineView pause(@PathVariable long id) {
        return catalog.pause(id);
    }

    @Operation(summary = "Resume a paused pipeline's schedule")
    @PostMapping("/{id}/resume")
    PipelineView resume(@PathVariable long id) {
        return catalog.resume(id);
    }
}
