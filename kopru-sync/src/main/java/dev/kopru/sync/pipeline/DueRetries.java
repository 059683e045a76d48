package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.RecordKeys;
import dev.kopru.sync.write.WriteResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's turn on the records kept RETRYING after a transient failure (see
 * {@link dev.kopru.sync.write.TransientRetries}): those whose wait is over are read again from their side by key and
 * written before the side's pages, so no person has to replay them; those still waiting are held back when a page
 * brings them again, so the wait between runs holds.
 */
final class DueRetries<T extends CanonicalRecord> {

    private static final Logger LOG = LoggerFactory.getLogger(DueRetries.class);

    private final SyncStore store;
    private final long pipelineId;
    private final Entity<T> entity;

    DueRetries(SyncStore store, long pipelineId, Entity<T> entity) {
        this.store = store;
        this.pipelineId = pipelineId;
        this.entity = entity;
    }

    /**
     * Writes the due records of the side whose keys carry {@code prefix} with {@code write}, and returns the write
     * for the side's pages, which skips records whose retry is not due yet.
     */
    Function<T, WriteResult> run(String prefix, Connector from, Function<T, WriteResult> write, RunTally tally) {
        Instant now = store.clock().instant();
        List<DeadLetter> retrying = store.transaction(tx -> store.deadLetters().retrying(tx, pipelineId)).stream()
                .filter(l -> l.sourceKey().startsWith(prefix)).toList();
        for (DeadLetter letter : retrying) {
            if (letter.retryAfter() != null && letter.retryAfter().isAfter(now)) {
                continue;
            }
            String key = letter.sourceKey().substring(prefix.length());
            Optional<T> record;
            try {
                record = from.get(entity, key);
            } catch (ConnectorException e) {
                LOG.warn("retrying {}: the source could not be read ({}); the next run tries again", key,
                        e.getClass().getSimpleName());
                continue;
            }
            if (record.isPresent()) {
                tally.read();
                tally.add(write.apply(record.get()));
            }
        }
        Map<String, Instant> waiting = retrying.stream().filter(l -> l.retryAfter() != null
                && l.retryAfter().isAfter(now)).collect(Collectors.toMap(DeadLetter::sourceKey, DeadLetter::retryAfter));
        if (waiting.isEmpty()) {
            return write;
        }
        return record -> {
            Instant until = waiting.get(prefix + RecordKeys.keyOf(record));
            return until == null ? write.apply(record)
                    : new WriteResult.Skipped(prefix + RecordKeys.keyOf(record), "retrying after " + until);
        };
    }
}
