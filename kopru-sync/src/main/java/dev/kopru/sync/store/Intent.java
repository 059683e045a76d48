package dev.kopru.sync.store;

import java.time.Instant;

/**
 * A create we are about to send, or sent without learning the outcome: the target natural key by which the record
 * can be found again, and the content hash of the version sent (a record found later holds that version). PENDING and IN_DOUBT intents are resolved by a lookup before anything is sent again.
 */
public record Intent(long pipelineId, String sourceKey, String targetKeyName, String targetKeyValue,
                     String contentHash, State state, int attempts, Instant createdAt, Instant updatedAt) {

    public enum State {
        /** Committed before the create; a crash may leave it here with the create done or not. */
        PENDING,
        /** The create was sent and its outcome is unknown. */
        IN_DOUBT,
        /**
         * The record exists in the target: kept only by the keyed intents of the API and the drop-in; a pipeline's
         * intent is removed when its link commits instead.
         */
        DONE
    }
}
