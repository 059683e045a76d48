package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import dev.kopru.sync.store.SyncStore;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class whose tests share one store, on the database a subclass's {@link TestStore} extension provides. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

    SyncStore store;
    /** Where {@link #store} is: engine processes started by a test open the same database. */
    StoreConfig config;

    @BeforeAll
    void openStore(StoreConfig config) {
        this.config = config;
        store = SyncStore.open(config, Clock.systemUTC());
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }
}
