package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.ChangeCursor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.sync.mapping.PipelineOptions;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.write.WritePolicy;
import java.time.Clock;
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

    /** A change-date cursor is trusted this far in the future (clocks of vendor and engine differ a little). */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    static RunOptions of(PipelineSpec spec) {
        PipelineOptions options = PipelineOptions.parse(spec.optionsJson());
        return new RunOptions(options.textMap("sourceFilters"), options.bool("fullRead", false),
                options.duration("resendInDoubtAfter").orElse(null), options.duration("lookBack").orElse(null));
    }

    /**
     * The committed source cursor moved back by {@code lookBack} where it is a change-date cursor
     * ({@link ChangeCursor}); any other cursor (a page token, a connector's own position) as it is.
     */
    String lookBack(String cursor, Clock clock) {
        if (lookBack == null || lookBack.isZero()) {
            return cursor;
        }
        try {
            return ChangeCursor.decode(new Cursor(cursor), "lookBack", clock, FUTURE_TOLERANCE).lookBack(lookBack)
                    .encode().value();
        } catch (ConnectorException notAChangeCursor) {
            return cursor;
        }
    }

    /** The runner's policy, with this pipeline's wait before an in-doubt create is sent again. */
    WritePolicy policy(WritePolicy runner) {
        return resendInDoubtAfter == null ? runner : runner.resendInDoubtAfter(resendInDoubtAfter);
    }
}
