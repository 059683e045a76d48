package dev.kopru.server.mikroapi;

import dev.kopru.core.input.InvalidInputException;
import dev.kopru.server.problems.NotFoundException;
import dev.kopru.sync.schedule.PipelineScheduler;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.StoredConnection;
import dev.kopru.sync.store.SyncStore;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The guide's sync triggers as Köprü pipeline runs. {@code sync_type} names what moves (cari, stok, fatura, ...);
 * the pipeline is the one {@code kopru.mikro-api.sync.<sync_type>} names (by name or id), else the first pipeline
 * that reads that entity from the Mikro connection.
 */
@Component
class MikroSyncs {

    /** The guide's words for what to sync, and Köprü's entity names. */
    static final Map<String, String> ENTITIES = new TreeMap<>(Map.of("cari", "party", "stok", "item",
            "fatura", "invoice", "siparis", "order", "irsaliye", "dispatch-note", "tahsilat", "payment",
            "hareket", "account-movement", "bakiye", "balance"));

    /** A run asked for: the pipeline, whether it is now due or was already running, and where to follow it. */
    record Started(PipelineSpec pipeline, PipelineScheduler.Triggered triggered) {
        String events() {
            return "/api/v1/pipelines/" + pipeline.id() + "/events";
        }
    }

    private final SyncStore store;
    private final PipelineScheduler scheduler;
    private final Environment environment;

    MikroSyncs(SyncStore store, PipelineScheduler scheduler, Environment environment) {
        this.store = store;
        this.scheduler = scheduler;
        this.environment = environment;
    }

    /**
     * @throws IllegalArgumentException naming {@code sync_type} when it is not one of {@link #ENTITIES}
     * @throws NotFoundException        when no pipeline matches
     */
    Started start(String syncType, StoredConnection mikro) {
        String type = syncType == null ? "" : syncType.strip().toLowerCase(Locale.ROOT);
        String entity = ENTITIES.get(type);
        if (entity == null) {
            throw new InvalidInputException("sync_type", "'" + syncType + "' is not one of " + ENTITIES.keySet());
        }
        PipelineSpec pipeline = configured(type).orElseGet(() -> matching(entity, mikro).orElseThrow(
                () -> new NotFoundException("sync_type '" + type + "': no pipeline reads " + entity
                        + " from connection '" + mikro.name() + "'; define one (POST /api/v1/pipelines) or name it"
                        + " in kopru.mikro-api.sync." + type)));
        return new Started(pipeline, scheduler.runNow(pipeline.id()));
    }

    private Optional<PipelineSpec> configured(String type) {
        String property = "kopru.mikro-api.sync." + type;
        String name = environment.getProperty(property);
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(store.transaction(tx -> (name.matches("\\d{1,18}")
                ? store.pipelines().find(tx, Long.parseLong(name)) : store.pipelines().findByName(tx, name.strip())))
                .orElseThrow(() -> new NotFoundException(property, "no pipeline '" + name + "'")));
    }

    private Optional<PipelineSpec> matching(String entity, StoredConnection mikro) {
        return store.transaction(tx -> store.pipelines().list(tx)).stream()
                .filter(p -> p.sourceEntity().equals(entity) && (p.sourceConnectionId() == mikro.id()
                        || p.mode() == PipelineSpec.Mode.TWO_WAY && p.targetConnectionId() == mikro.id()))
                .min(Comparator.comparingLong(PipelineSpec::id));
    }
}
