package dev.kopru.sync.pipeline;

import dev.kopru.sync.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.tools.Server;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An H2 database served over TCP by the test's JVM, so that engine processes killed with SIGKILL share it with the
 * test the way a restarted server shares its database file: what a killed engine had not committed is rolled back
 * when its session drops.
 */
final class H2TcpStore extends TestStore {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    StoreConfig freshDatabase(ExtensionContext testClass) {
        Server h2 = server(testClass, TcpServer.class, TcpServer::start).h2();
        return new StoreConfig("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/store-" + DATABASES.incrementAndGet(),
                "sa", "", 5);
    }

    private record TcpServer(Server h2) implements AutoCloseable {

        static TcpServer start() {
            try {
                return new TcpServer(Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir",
                        Files.createTempDirectory("kopru-h2-").toString()).start());
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("H2 TCP server: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            h2.stop();
        }
    }
}
