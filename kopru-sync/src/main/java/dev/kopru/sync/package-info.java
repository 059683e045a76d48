/**
 * Köprü's sync engine: pipelines that move one entity from a source connection to a target connection with
 * exactly-once effect on vendor APIs that have no idempotency keys.
 *
 * <ul>
 *   <li>{@link dev.kopru.sync.store} — the database (H2 or PostgreSQL, Flyway migrations in
 *       {@code db/kopru-sync}): connections, pipelines, runs, links, intents, cursors, dead letters; a tiny JDBC
 *       helper ({@link dev.kopru.sync.store.Tx}) and one small repository per table.</li>
 *   <li>{@link dev.kopru.sync.write} — the exactly-once writer, content hashes, retry policy (Failsafe, exponential
 *       backoff with jitter, rate-limit waits).</li>
 *   <li>{@link dev.kopru.sync.pipeline} — one-way runs from a committed cursor, dead-letter replay, pipeline state
 *       (read, set, reset), progress listeners.</li>
 * </ul>
 */
package dev.kopru.sync;
