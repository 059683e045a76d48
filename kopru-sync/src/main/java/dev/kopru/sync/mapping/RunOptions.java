package dev.kopru.sync.mapping;

import dev.kopru.core.connector.ChangePositions;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.sync.store.ConflictPolicy;
import dev.kopru.sync.write.WritePolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The options every pipeline understands, whatever its mapping: {@code sourceFilters} (the connector's read filters,
 * e.g. FarmaBorsa orders {@code {"status":"1"}} for new orders only), {@code fullRead} (every run reads the whole
 * source, for changes the source's cursor cannot see, such as Mikro stock quantities; a run taken over after a crash
 * still resumes at its last committed page), {@code resendInDoubtAfter} (see {@link WritePolicy#resendInDoubtAfter()}),
 * {@code lookBack} (each run starts that much before the committed change-date cursor, for changes a source dates
 * late; re-read records are skipped by their content hash) and {@code conflictPolicy} (two-way pipelines; DEAD_LETTER
 * when unset, so nobody's data is overwritten) and {@code fieldsNotSynced} (canonical fields neither side's reads
 * carry into the pipeline, for two systems that do not both have them, e.g. {@code ["role", "currency"]} between
 * Mikro and DİA cari cards: such a field is neither copied nor compared, so an echo is recognised).
 */
public record RunOptions(ConflictPolicy.Rule conflictPolicy, Map<String, String> sourceFilters, Boolean fullRead,
                         Duration resendInDoubtAfter, Duration lookBack, Set<String> fieldsNotSynced) {

    public RunOptions {
        conflictPolicy = conflictPolicy == null ? ConflictPolicy.Rule.DEAD_LETTER : conflictPolicy;
        sourceFilters = PipelineOptions.texts("sourceFilters", sourceFilters);
        fullRead = Boolean.TRUE.equals(fullRead);
        PipelineOptions.notNegative("resendInDoubtAfter", resendInDoubtAfter);
        PipelineOptions.notNegative("lookBack", lookBack);
        fieldsNotSynced = fieldsNotSynced == null ? Set.of() : Set.copyOf(fieldsNotSynced);
        if (fieldsNotSynced.stream().anyMatch(f -> f.equals("key") || f.equals("code"))) {
            throw PipelineOptions.invalid("fieldsNotSynced", "cannot leave out a record's key or code");
        }
    }

    /** The conflict policy of a two-way pipeline. */
    public ConflictPolicy conflicts() {
        return new ConflictPolicy(conflictPolicy);
    }

    /**
     * The committed source cursor moved back by {@code lookBack} where the source says it stands at a change time
     * ({@link ChangePositions}); any other cursor (a page token, a connector's own position) as it is.
     */
    public Cursor lookBack(Connector source, Entity<?> entity, Cursor cursor) {
        if (lookBack == null || lookBack.isZero()) {
            return cursor;
        }
        return source.capability(ChangePositions.class).flatMap(positions -> positions.changedAt(entity, cursor)
                .map(changedAt -> positions.at(entity, changedAt.minus(lookBack)))).orElse(cursor);
    }

    /** The runner's policy, with this pipeline's wait before an in-doubt create is sent again. */
    public WritePolicy policy(WritePolicy runner) {
        return resendInDoubtAfter == null ? runner : runner.resendInDoubtAfter(resendInDoubtAfter);
    }
}
