package dev.kopru.sync.pipeline;

/**
 * This node's run was marked ABANDONED by another node that took the pipeline over (this node stalled past the dead
 * threshold); it stops without committing its page's cursor.
 */
public final class RunAbandonedException extends RuntimeException {
    RunAbandonedException(long pipelineId, long runId) {
        super("pipeline " + pipelineId + ": run " + runId + " was abandoned and taken over by another node; stopping");
    }
}
