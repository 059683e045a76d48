package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.RunCounts;

/**
 * Progress of runs as it happens, for the server's live view and metrics. Called on the run's thread after each
 * committed page and once at the end; a listener must return quickly and must not throw.
 */
public interface RunListener {

    RunListener NONE = new RunListener() { };

    default void pageCommitted(long pipelineId, long runId, RunCounts countsSoFar) {
    }

    default void finished(long pipelineId, RunReport report) {
    }
}
