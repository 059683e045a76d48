package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Operation;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.DeadLetters;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.CanonicalJson;
import dev.kopru.sync.write.RecordKeys;
import dev.kopru.sync.write.WriteResult;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's turn on the records kept RETRYING for later runs: those whose write failed only transiently (see
 * {@link dev.kopru.sync.write.TransientRetries}), and those whose create is still in doubt after every lookup the run
 * allowed. Those that are due are read again and written before the side's pages, so neither waits for a person nor
 * for the source to bring it again, which a source read by date windows with a short look-back never does; those
 * still waiting are held back when a page brings them again, so the wait between runs holds.
 * <p>
 * A record is read again by its key where the source can fetch one record; where it cannot (Wiradius's invoices and
 * movements), the letter holds the record as the source gave it, and it is written again from there. A crash before a
 * record's letter is written loses nothing: its page's cursor has not committed, so the page is read again.
 */
final class DueRetries<T extends CanonicalRecord> {

    private static final Logger LOG = LoggerFactory.getLogger(DueRetries.class);

    private final SyncStore store;
    private final long pipelineId;
    private final Entity<T> entity;
    private final CanonicalJson json = new CanonicalJson();

    DueRetries(SyncStore store, long pipelineId, Entity<T> entity) {
        this.store = store;
        this.pipelineId = pipelineId;
        this.entity = entity;
    }

    /**
     * Writes the due records of the side whose keys carry {@code prefix} with {@code write}, and returns the write
     * for the side's pages, which skips records whose retry is not due yet and keeps records left in doubt.
     */
    Function<T, WriteResult> run(String prefix, Connector from, Function<T, WriteResult> write, RunTally tally) {
        boolean refetchable = refetchable(from, entity);
        Function<T, WriteResult> keeping = record -> kept(prefix + RecordKeys.keyOf(record), record, refetchable,
                write.apply(record));
        Instant now = store.clock().instant();
        List<DeadLetter> retrying = store.transaction(tx -> store.deadLetters().retrying(tx, pipelineId)).stream()
                .filter(l -> l.sourceKey().startsWith(prefix)).toList();
        Set<String> written = new HashSet<>();
        for (DeadLetter letter : retrying) {
            if (letter.retryAfter() != null && letter.retryAfter().isAfter(now)) {
                continue;
            }
            Optional<T> record;
            try {
                record = again(from, entity, letter.sourceKey().substring(prefix.length()), letter);
            } catch (ConnectorException e) {
                LOG.warn("retrying {}: the source could not be read ({}); the next run tries again",
                        letter.sourceKey(), e.getClass().getSimpleName());
                continue;
            }
            if (record.isPresent()) {
                tally.read();
                tally.add(keeping.apply(record.get()));
                if (refetchable) {
                    written.add(letter.sourceKey());
                }
            }
        }
        Map<String, Instant> waiting = retrying.stream().filter(l -> l.retryAfter() != null
                && l.retryAfter().isAfter(now)).collect(Collectors.toMap(DeadLetter::sourceKey, DeadLetter::retryAfter));
        if (waiting.isEmpty() && written.isEmpty()) {
            return keeping;
        }
        return record -> {
            String sourceKey = prefix + RecordKeys.keyOf(record);
            Instant until = waiting.get(sourceKey);
            if (until != null) {
                return new WriteResult.Skipped(sourceKey, "retrying after " + until);
            }
            // fetched by its key above, so no older than what the page brings; a record a source cannot fetch was
            // written from its letter, and the page's version may be newer
            return written.contains(sourceKey) ? new WriteResult.Skipped(sourceKey, "written earlier in this run")
                    : keeping.apply(record);
        };
    }

    /**
     * The record of {@code letter} (source key {@code key} on {@code from}) as it is now: fetched by key, or from the
     * letter where the source cannot fetch one record. Empty when the source no longer has it.
     */
    static <R extends CanonicalRecord> Optional<R> again(Connector from, Entity<R> entity, String key,
                                                        DeadLetter letter) {
        if (refetchable(from, entity)) {
            return from.get(entity, key);
        }
        try {
            return Optional.of(new CanonicalJson().fromJson(letter.sourceRecord(), entity.type()));
        } catch (IllegalArgumentException e) {
            // a letter written before letters held the source's record: only a person can bring it back
            LOG.warn("{}: {} cannot fetch one {} and the letter does not hold it as read ({}); it waits for a replay"
                    + " after the source brings it again", letter.sourceKey(), from.descriptor().vendor(),
                    entity.name(), e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean refetchable(Connector from, Entity<?> entity) {
        return from.descriptor().supports(entity, Operation.GET);
    }

    /**
     * What a write left for later runs: a create still in doubt is kept RETRYING (due at the next run, never
     * dead-lettered by itself: its lookups decide); where the source cannot fetch one record, every letter holds the
     * record as the source gave it.
     */
    private WriteResult kept(String sourceKey, T record, boolean refetchable, WriteResult result) {
        switch (result) {
            case WriteResult.InDoubt d -> store.inTransaction(tx -> {
                int runs = store.deadLetters().unsettled(tx, pipelineId, sourceKey).map(DeadLetter::retryRuns)
                        .orElse(0);
                store.deadLetters().retrying(tx, pipelineId, sourceKey, json.toJson(record), IN_DOUBT, runs, null);
            });
            case WriteResult.Retrying r when !refetchable -> store.inTransaction(tx -> store.deadLetters()
                    .keepRecord(tx, r.deadLetterId(), json.toJson(record)));
            case WriteResult.DeadLettered d when !refetchable -> store.inTransaction(tx -> store.deadLetters()
                    .keepRecord(tx, d.deadLetterId(), json.toJson(record)));
            default -> { }
        }
        return result;
    }

    private static final DeadLetters.Failure IN_DOUBT = new DeadLetters.Failure(DeadLetter.Stage.WRITE, "InDoubt",
            null, null, "sent, but no answer came back and the target did not show it by its natural key; the next"
            + " runs look it up again and send it only if it is not there", "[]");
}
