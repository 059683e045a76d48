package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import org.h2.tools.Server;

/**
 * An H2 database served over TCP by the test's JVM, so that engine processes killed with SIGKILL share it with the
 * test the way a restarted server shares its database file: what a killed engine had not committed is rolled back
 * when its session drops.
 */
final class H2TcpStore implements AutoCloseable {

    private Server h2;

    StoreConfig start(String database) {
        try {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir",
                    Files.createTempDirectory("kopru-h2-").toString()).start();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("H2 TCP server: " + e.getMessage(), e);
        }
        return new StoreConfig("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/" + database, "sa", "", 5);
    }

    @Override
    public void close() {
        if (h2 != null) {
            h2.stop();
        }
    }
}
