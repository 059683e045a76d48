/**
 * The engine's store. {@link dev.kopru.sync.store.SyncStore#transaction} opens a {@link dev.kopru.sync.store.Tx};
 * every repository method takes the {@code Tx} it runs in, so that writes which belong together (a link and its
 * intent's DONE) commit together. Upserts are "update, else insert" so that one SQL dialect serves H2 and PostgreSQL.
 */
package dev.kopru.sync.store;
