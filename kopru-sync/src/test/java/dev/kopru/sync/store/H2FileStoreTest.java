package dev.kopru.sync.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: H2 in a file survives a restart, and migrating an up-to-date store changes nothing. */
class H2FileStoreTest {

    @Test
    void keeps_pipelines_cursors_and_links_across_a_restart(@TempDir Path dir) {
        StoreConfig config = StoreConfig.h2File(dir.resolve("kopru"));
        long pipelineId;
        try (SyncStore store = SyncStore.open(config, Clock.systemUTC())) {
            pipelineId = store.transaction(tx -> {
                long a = store.connections().add(tx, "mikro", "a", "{}").id();
                long b = store.connections().add(tx, "mikro", "b", "{}").id();
                long id = store.pipelines().add(tx, PipelineSpec.oneWay("p", a, b, "party", 100)).id();
                store.cursors().save(tx, id, "c1");
                store.links().save(tx, id, "120.01.00001", "120.01.00001", "hash");
                return id;
            });
        }
        try (SyncStore reopened = SyncStore.open(config, Clock.systemUTC())) {
            reopened.inTransaction(tx -> {
                assertThat(reopened.cursors().find(tx, pipelineId)).contains("c1");
                assertThat(reopened.links().find(tx, pipelineId, "120.01.00001")).get()
                        .extracting(Link::contentHash).isEqualTo("hash");
            });
        }
    }

    @Test
    void rolls_back_every_write_of_a_failed_transaction(@TempDir Path dir) {
        try (SyncStore store = SyncStore.open(StoreConfig.h2File(dir.resolve("kopru")), Clock.systemUTC())) {
            long id = store.transaction(tx -> {
                long a = store.connections().add(tx, "mikro", "a", "{}").id();
                long b = store.connections().add(tx, "mikro", "b", "{}").id();
                return store.pipelines().add(tx, PipelineSpec.oneWay("p", a, b, "party", 100)).id();
            });
            try {
                store.inTransaction(tx -> {
                    store.links().save(tx, id, "k", "t", "h");
                    throw new IllegalStateException("crash before the intent is marked DONE");
                });
            } catch (IllegalStateException expected) {
                // the link must not survive without its intent
            }
            assertThat(store.<Long>transaction(tx -> store.links().count(tx, id))).isZero();
        }
    }
}
