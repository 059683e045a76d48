package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;

/**
 * Pipeline 2 on H2. The database is served over TCP by this test's JVM, so engine processes killed with SIGKILL
 * share it with the test the way a restarted server shares its database file: what a killed engine had not
 * committed is rolled back when its session drops.
 */
class H2OrderInvoicePipelineTest extends OrderInvoicePipelineContract {

    private Server h2;

    @Override
    StoreConfig storeConfig() {
        try {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir",
                    Files.createTempDirectory("kopru-h2-").toString()).start();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("H2 TCP server: " + e.getMessage(), e);
        }
        return new StoreConfig("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/orders", "sa", "", 5);
    }

    @Override
    String database() {
        return "H2";
    }

    @Override
    @AfterAll
    void closeStore() {
        super.closeStore();
        if (h2 != null) {
            h2.stop();
        }
    }
}
