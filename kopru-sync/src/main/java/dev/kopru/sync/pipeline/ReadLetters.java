package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Unreadable;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.DeadLetters;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.CanonicalJson;
import dev.kopru.sync.write.WriteResult;

/**
 * Dead letters for records a page brought back but the connector could not parse or map (stage READ, outcome
 * {@code Unreadable}, the raw record and the reason): the run goes on with the rest. A record read again while still
 * broken refreshes its one open letter, keyed by its vendor key, or by a hash of its raw JSON when it has none; a
 * replay reads it again by that key once it is fixed at the source.
 */
final class ReadLetters {

    static final String OUTCOME = "Unreadable";

    private final SyncStore store;
    private final long pipelineId;
    private final CanonicalJson json = new CanonicalJson();

    ReadLetters(SyncStore store, long pipelineId) {
        this.store = store;
        this.pipelineId = pipelineId;
    }

    /** Dead-letters {@code record}, read from the side whose links are prefixed {@code prefix}. */
    WriteResult record(String prefix, Unreadable record) {
        String key = prefix + record.key().orElseGet(() -> "unreadable:" + json.hash(record.rawJson()).substring(0, 16));
        long id = store.transaction(tx -> store.deadLetters().record(tx, pipelineId, key, record.rawJson(),
                new DeadLetters.Failure(DeadLetter.Stage.READ, OUTCOME, null, null, record.reason(), "[]")));
        return new WriteResult.DeadLettered(key, id, OUTCOME);
    }
}
