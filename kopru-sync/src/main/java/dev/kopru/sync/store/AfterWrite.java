package dev.kopru.sync.store;

import java.time.Instant;

/** One step after the write of one record (see {@link AfterWrites}). */
public record AfterWrite(long pipelineId, String sourceKey, String step, String targetKey, State state, int attempts,
                         String lastError, String sourceRecord, String writtenRecord, Instant updatedAt) {

    /** PENDING: to do (again, after a crash); DONE; FAILED: refused permanently, waiting for a replay. */
    public enum State { PENDING, DONE, FAILED }
}
