package dev.kopru.sync.write;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.DeadLetters;
import dev.kopru.sync.store.SyncStore;
import java.util.Optional;

/** Keeps records whose write failed transiently RETRYING (see {@link TransientRetries}) instead of dead-lettering them. */
public final class RetryingLetters {

    private final SyncStore store;
    private final long pipelineId;
    private final TransientRetries retries;

    public RetryingLetters(SyncStore store, long pipelineId, TransientRetries retries) {
        this.store = store;
        this.pipelineId = pipelineId;
        this.retries = retries;
    }

    /**
     * The record kept for a later run, or empty when it is to be dead-lettered: a permanent failure, a record already
     * waiting for a person, or one that has failed as many runs as allowed.
     */
    Optional<WriteResult> keep(String sourceKey, String recordJson, ConnectorException e, DeadLetters.Failure f) {
        return TransientRetries.isTransient(e) ? keep(sourceKey, recordJson, f) : Optional.empty();
    }

    /** The same for a failure known to be transient (a mapping's, see {@code MappingException.Transient}). */
    public Optional<WriteResult> keep(String sourceKey, String recordJson, DeadLetters.Failure f) {
        return store.transaction(tx -> {
            Optional<DeadLetter> letter = store.deadLetters().unsettled(tx, pipelineId, sourceKey);
            if (letter.filter(l -> l.state() == DeadLetter.State.OPEN).isPresent()) {
                return Optional.empty();
            }
            int runs = letter.map(DeadLetter::retryRuns).orElse(0) + 1;
            if (runs >= retries.deadLetterAfterRuns()) {
                return Optional.empty();
            }
            var retryAfter = store.clock().instant().plus(retries.waitAfter(runs));
            long id = store.deadLetters().retrying(tx, pipelineId, sourceKey, recordJson, f, runs, retryAfter);
            return Optional.of(new WriteResult.Retrying(sourceKey, id, runs, retryAfter));
        });
    }
}
