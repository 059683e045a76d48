package dev.kopru.sync.pipeline;

import dev.kopru.sync.mapping.PipelineOptions;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.write.WritePolicy;
import java.time.Duration;
import java.util.Map;

/**
 * How a one-way pipeline runs, from its options: {@code sourceFilters} (the connector's read filters, e.g. FarmaBorsa
 * orders {@code {"status":"1"}} for new orders only), {@code fullRead} (every run reads the whole source, for changes
 * the source's cursor cannot see, such as Mikro stock quantities; a run taken over after a crash still resumes at its
 * last committed page) and {@code resendInDoubtAfter} (see {@link WritePolicy#resendInDoubtAfter()}).
 */
record RunOptions(Map<String, String> filters, boolean fullRead, Duration resendInDoubtAfter) {

    static RunOptions of(PipelineSpec spec) {
        PipelineOptions options = PipelineOptions.parse(spec.optionsJson());
        return new RunOptions(options.textMap("sourceFilters"), options.bool("fullRead", false),
                options.duration("resendInDoubtAfter").orElse(null));
    }

    /** The runner's policy, with this pipeline's wait before an in-doubt create is sent again. */
    WritePolicy policy(WritePolicy runner) {
        return resendInDoubtAfter == null ? runner : runner.resendInDoubtAfter(resendInDoubtAfter);
    }
}
