package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;

/** Two-way Mikro ↔ Mikro on H2, served over TCP so that engine processes killed with SIGKILL share it. */
class H2TwoWayPipelineTest extends TwoWayPipelineContract {

    private final H2TcpStore h2 = new H2TcpStore();

    @Override
    StoreConfig storeConfig() {
        return h2.start("two-way");
    }

    @Override
    String database() {
        return "H2";
    }

    @Override
    @AfterAll
    void closeStore() {
        super.closeStore();
        h2.close();
    }
}
