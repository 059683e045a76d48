package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.ChangePositions;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.sync.mapping.PipelineOptions;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.write.WritePolicy;
import java.time.Duration;
import java.util.Map;

/**
 * How a one-way pipeline runs, from its options: {@code sourceFilters} (the connector's read filters, e.g. FarmaBorsa
 * orders {@code {"status":"1"}} for new orders only), {@code fullRead} (every run reads the whole source, for changes
 * the source's cursor cannot see, such as Mikro stock quantities; a run taken over after a crash still resumes at its
 * last committed page), {@code resendInDoubtAfter} (see {@link WritePolicy#resendInDoubtAfter()}) and
 * {@code lookBack} (each run starts that much before the committed change-date cursor, for changes a source dates
 * late; re-read records are skipped by their content hash).
 */
record RunOptions(Map<String, String> filters, boolean fullRead, Duration resendInDoubtAfter, Duration lookBack) {

    static RunOptions of(PipelineSpec spec) {
        PipelineOptions options = PipelineOptions.parse(spec.optionsJson());
        return new RunOptions(options.textMap("sourceFilters"), options.bool("fullRead", false),
                options.duration("resendInDoubtAfter").orElse(null), options.duration("lookBack").orElse(null));
    }

    /**
     * The committed source cursor moved back by {@code lookBack} where the source says it stands at a change time
     * ({@link ChangePositions}); any other cursor (a page token, a connector's own position) as it is.
     */
    Cursor lookBack(Connector source, Entity<?> entity, Cursor cursor) {
        if (lookBack == null || lookBack.isZero()) {
            return cursor;
        }
        return source.capability(ChangePositions.class).flatMap(positions -> positions.changedAt(entity, cursor)
                .map(changedAt -> positions.at(entity, changedAt.minus(lookBack)))).orElse(cursor);
    }

    /** The runner's policy, with this pipeline's wait before an in-doubt create is sent again. */
    WritePolicy policy(WritePolicy runner) {
        return resendInDoubtAfter == null ? runner : runner.resendInDoubtAfter(resendInDoubtAfter);
    }
}
