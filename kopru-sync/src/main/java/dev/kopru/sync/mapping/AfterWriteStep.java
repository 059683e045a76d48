package dev.kopru.sync.mapping;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.model.CanonicalRecord;

/**
 * Something done once the target record exists, e.g. confirm the order at the source and attach the invoice link.
 * A step must be safe to repeat: the engine records each step's state per record (table {@code after_writes}) and
 * runs a step again after a crash until it is recorded DONE, and on replay after a permanent failure.
 */
public interface AfterWriteStep<S extends CanonicalRecord, T extends CanonicalRecord> {

    /** Names the step in the store and in dead letters, e.g. {@code confirm-order}; at most 40 characters. */
    String name();

    /**
     * Does the step for {@code record}, written as {@code written} under the target key {@code targetKey}.
     *
     * @throws dev.kopru.core.connector.ConnectorException as the connector reports it; transient and in-doubt
     *         outcomes are retried (the step is safe to repeat), the others dead-letter the record
     */
    void run(S record, T written, String targetKey, Connector source, Connector target);
}
