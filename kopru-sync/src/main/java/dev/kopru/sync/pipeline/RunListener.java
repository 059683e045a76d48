package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.RunCounts;

/**
 * Progress of runs as it happens, for the server's live view and metrics. Called on the run's thread after each
 * committed page and once at the end; a listener must return quickly and must not throw.
 */
public interface RunListener {

    RunListener NONE = new RunListener() { };

    /** What a run is doing between two page commits. */
    enum Phase { READING, WRITING }

    default void pageCommitted(long pipelineId, long runId, RunCounts countsSoFar) {
    }

    /**
     * Called as a page read starts and after each record is handled, with the counts so far (not yet committed): a
     * page of slow or retried writes shows its progress. Called often: a listener should sample.
     */
    default void activity(long pipelineId, long runId, Phase phase, RunCounts countsSoFar) {
    }

    default void finished(long pipelineId, RunReport report) {
    }
}
