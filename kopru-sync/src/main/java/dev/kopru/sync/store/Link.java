package dev.kopru.sync.store;

import java.time.Instant;

/**
 * A source record and the target record it was written as, with the hash of the content last written. DELETED: the
 * source deleted (or cancelled) the record and the pipeline's delete policy dealt with it; it is not dealt with again.
 */
public record Link(long pipelineId, String sourceKey, String targetKey, String contentHash, State state,
                   Instant updatedAt) {
    public enum State { ACTIVE, DELETED }
}
