package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;

/** Pipeline 2 on H2, served over TCP so that engine processes killed with SIGKILL share it ({@link H2TcpStore}). */
class H2OrderInvoicePipelineTest extends OrderInvoicePipelineContract {

    private final H2TcpStore h2 = new H2TcpStore();

    @Override
    StoreConfig storeConfig() {
        return h2.start("orders");
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
