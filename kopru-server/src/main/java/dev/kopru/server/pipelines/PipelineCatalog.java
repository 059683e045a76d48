package dev.kopru.server.pipelines;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Operation;
import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.server.runs.RunQueries;
import dev.kopru.server.runs.RunView;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.sync.schedule.PipelineSchedule;
import dev.kopru.sync.schedule.PipelineScheduler;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.store.Tx;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Pipelines as the API defines them: the engine's definition ({@code pipelines}) and the server's schedule and
 * paused flag ({@code pipeline_schedules}) change in one transaction; the scheduler is brought in line after the
 * commit by the {@link ScheduleKeeper}.
 */
final class PipelineCatalog {

    /** The engine names its fields after {@link PipelineSpec}'s components; the API after the request's. */
    private static final Map<String, String> API_FIELDS = Map.of("sourceConnectionId", "source.connectionId",
            "sourceEntity", "source.entity", "targetConnectionId", "target.connectionId", "targetEntity",
            "target.entity");

    private final SyncStore store;
    private final ScheduleTable schedules;
    private final ScheduleKeeper keeper;
    private final PipelineScheduler scheduler;
    private final RunQueries runs;
    private final ObjectMapper json;

    PipelineCatalog(SyncStore store, ScheduleTable schedules, ScheduleKeeper keeper, PipelineScheduler scheduler,
                    RunQueries runs, ObjectMapper json) {
        this.store = store;
        this.schedules = schedules;
        this.keeper = keeper;
        this.scheduler = scheduler;
        this.runs = runs;
        this.json = json;
    }

    PipelineView create(PipelineRequest request) {
        PipelineSchedule schedule = PipelineRequest.scheduleOf(request.schedule());
        long id = store.transaction(tx -> {
            PipelineSpec spec = spec(tx, 0, request, 1);
            if (store.pipelines().findByName(tx, spec.name()).isPresent()) {
                throw new ConflictException("name", "a pipeline named '" + spec.name() + "' exists already");
            }
            long added = store.pipelines().add(tx, spec).id();
            schedules.save(tx, added, schedule, false);
            return added;
        });
        keeper.apply(id);
        return view(id);
    }

    /** Replaces the definition made at {@code request.version()}; a newer version is refused naming both. */
    PipelineView update(long id, PipelineRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "required, the version the change was made to");
        }
        PipelineSchedule schedule = PipelineRequest.scheduleOf(request.schedule());
        boolean scheduleChanged = store.transaction(tx -> {
            require(tx, id);
            PipelineSpec spec = spec(tx, id, request, request.version());
            store.pipelines().findByName(tx, spec.name()).filter(other -> other.id() != id).ifPresent(other -> {
                throw new ConflictException("name", "pipeline " + other.id() + " is named '" + spec.name() + "'");
            });
            store.pipelines().update(tx, spec);
            ScheduleTable.Wanted wanted = schedules.get(tx, id);
            if (java.util.Objects.equals(wanted.schedule(), schedule)) {
                return false;
            }
            schedules.save(tx, id, schedule, wanted.paused());
            return true;
        });
        if (scheduleChanged) {
            keeper.apply(id);
        }
        return view(id);
    }

    /** Deletes a pipeline that is not running, with its schedule, runs, links, intents, cursors and dead letters. */
    void delete(long id) {
        store.transaction(tx -> require(tx, id));
        if (!scheduler.unschedule(id)) {
            throw new ConflictException("pipeline", id + " is running; pause it and delete it after the run");
        }
        keeper.forget(id);
        store.inTransaction(tx -> {
            schedules.delete(tx, id);
            store.pipelines().delete(tx, id);
        });
    }

    PipelineView pause(long id) {
        return setPaused(id, true);
    }

    PipelineView resume(long id) {
        return setPaused(id, false);
    }

    private PipelineView setPaused(long id, boolean paused) {
        store.inTransaction(tx -> {
            require(tx, id);
            schedules.save(tx, id, schedules.get(tx, id).schedule(), paused);
        });
        keeper.apply(id);
        return view(id);
    }

    /** A run as soon as a node is free; a paused pipeline is still run when a person asks. */
    PipelineScheduler.Triggered runNow(long id) {
        store.transaction(tx -> require(tx, id));
        return scheduler.runNow(id);
    }

    /** A source system's call: refused while the pipeline is paused, since pausing stops automatic runs. */
    PipelineScheduler.Triggered onWebhook(long id) {
        boolean paused = store.transaction(tx -> {
            require(tx, id);
            return schedules.get(tx, id).paused();
        });
        if (paused) {
            throw new ConflictException("paused", "pipeline " + id + " is paused; resume it to accept webhook calls");
        }
        return scheduler.onWebhook(id);
    }

    /** True while a node runs the pipeline. */
    boolean running(long id) {
        return scheduler.existing(id).map(ScheduledExecution::isPicked).orElse(false);
    }

    PipelineView view(long id) {
        return store.transaction(tx -> view(tx, require(tx, id)));
    }

    List<PipelineView> list() {
        return store.transaction(tx -> store.pipelines().list(tx).stream().map(spec -> view(tx, spec)).toList());
    }

    /** The pipeline, or a 404. */
    PipelineSpec require(Tx tx, long id) {
        return store.pipelines().find(tx, id)
                .orElseThrow(() -> new NotFoundException("pipeline", "no pipeline with id " + id));
    }

    private PipelineView view(Tx tx, PipelineSpec spec) {
        ScheduleTable.Wanted wanted = schedules.get(tx, spec.id());
        Optional<ScheduledExecution<Object>> execution = scheduler.existing(spec.id());
        boolean running = execution.map(ScheduledExecution::isPicked).orElse(false);
        RunView lastRun = runs.latest(tx, spec.id()).orElse(null);
        long openDeadLetters = store.deadLetters().countOpen(tx, spec.id());
        long inDoubt = store.intents().countInDoubt(tx, spec.id());
        return new PipelineView(spec.id(), spec.name(),
                new PipelineRequest.Side(spec.sourceConnectionId(), spec.sourceEntity()),
                new PipelineRequest.Side(spec.targetConnectionId(), spec.targetEntity()), spec.mode(),
                spec.batchSize(), json.readTree(spec.optionsJson()), spec.version(),
                PipelineRequest.ScheduleJson.of(wanted.schedule()), wanted.paused(), wanted.pausedReason(), running,
                execution.filter(e -> !e.isPicked()).map(ScheduledExecution::getExecutionTime).orElse(null),
                lastRun, openDeadLetters, inDoubt, PipelineView.Health.of(lastRun, openDeadLetters, inDoubt));
    }

    /** The request as the engine's definition, checked against the connections' descriptors. */
    private PipelineSpec spec(Tx tx, long id, PipelineRequest request, int version) {
        PipelineRequest.Side source = required("source", request.source());
        PipelineRequest.Side target = required("target", request.target());
        Entity<?> entity = entity("source", tx, source, Operation.LIST);
        entity("target", tx, target, Operation.CREATE);
        JsonNode options = request.options();
        if (options != null && !options.isObject()) {
            throw new InvalidInputException("options", "must be a JSON object");
        }
        try {
            return new PipelineSpec(id, request.name(), source.connectionId(), entity.toString(),
                    target.connectionId(), target.entity(),
                    request.mode() == null ? PipelineSpec.Mode.ONE_WAY : request.mode(),
                    request.batchSize() == null ? PipelineRequest.DEFAULT_BATCH_SIZE : request.batchSize(),
                    options == null ? "{}" : json.writeValueAsString(options), version);
        } catch (InvalidInputException e) {
            throw inApiTerms(e);
        }
    }

    private Entity<?> entity(String side, Tx tx, PipelineRequest.Side given, Operation needed) {
        if (given.connectionId() == null) {
            throw new InvalidInputException(side + ".connectionId", "required");
        }
        StoredConnection connection = store.connections().find(tx, given.connectionId()).orElseThrow(() ->
                new InvalidInputException(side + ".connectionId", "no connection with id " + given.connectionId()));
        Entity<?> entity = Entity.byName(given.entity() == null ? "" : given.entity()).orElseThrow(() ->
                new InvalidInputException(side + ".entity", "'" + given.entity() + "' is not one of "
                        + Entity.ALL.stream().map(Entity::toString).collect(Collectors.joining(", "))));
        ConnectorDescriptor descriptor = ConnectionVault.descriptor(connection.vendor());
        if (!descriptor.supports(entity, needed)) {
            throw new InvalidInputException(side + ".entity", connection.vendor() + " connection '"
                    + connection.name() + "' cannot " + needed + " " + entity);
        }
        return entity;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "required");
        }
        return value;
    }

    private static InvalidInputException inApiTerms(InvalidInputException e) {
        String field = API_FIELDS.get(e.field());
        return field == null ? e : new InvalidInputException(field, e.reason());
    }
}
