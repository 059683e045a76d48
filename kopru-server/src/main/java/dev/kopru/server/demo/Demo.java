package dev.kopru.server.demo;

import dev.kopru.server.app.KopruServerApplication;
import dev.kopru.server.connections.ConnectorPool;
import dev.kopru.server.pipelines.StoredSchedules;
import dev.kopru.server.secrets.ConnectionVault;
import dev.kopru.server.security.Users;
import dev.kopru.sync.schedule.PipelineScheduler;
import dev.kopru.sync.store.SyncStore;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code kopru demo} in one process: every sandbox, the server on its H2 file under {@code <home>/demo}, the demo
 * connections and pipelines (found by name when they exist), the simulated buyer and the customer edits. Closing it
 * stops them in reverse order.
 */
public final class Demo implements AutoCloseable {

    /**
     * @param home          KOPRU_HOME; the demo keeps its data in {@code home/demo}
     * @param port          the server's port; 0 puts the server and every sandbox on free ephemeral ports
     * @param adminPassword KOPRU_ADMIN_PASSWORD, or null
     */
    /**
     * @param farmaBorsaCallsPerMinute FarmaBorsa's limit per account, in the sandbox and in the demo connections:
     *                                 the vendor's 10 by default; tests raise it so the first runs take no minute
     */
    public record Settings(Path home, int port, String adminPassword, int farmaBorsaCallsPerMinute) {

        public Settings(Path home, int port, String adminPassword) {
            this(home, port, adminPassword, 10);
        }
    }

    private final DemoSandboxes sandboxes;
    private final ConfigurableApplicationContext server;
    private final DemoActivity activity;
    private final URI url;
    private final String password;
    private final Map<String, Long> pipelines;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Demo(DemoSandboxes sandboxes, ConfigurableApplicationContext server, DemoActivity activity, String password,
                 Map<String, Long> pipelines) {
        this.sandboxes = sandboxes;
        this.server = server;
        this.activity = activity;
        this.password = password;
        this.pipelines = pipelines;
        this.url = URI.create("http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort() + "/");
    }

    public static Demo start(Settings settings, PrintWriter err) {
        Path demoHome = settings.home().resolve("demo");
        String password = DemoLogin.password(demoHome, settings.adminPassword());
        DemoSandboxes sandboxes = DemoSandboxes.start(settings.port() == 0, settings.farmaBorsaCallsPerMinute(), err);
        ConfigurableApplicationContext server = null;
        DemoActivity activity = null;
        try {
            server = KopruServerApplication.start(Map.of(), serverArgs(settings, demoHome, password, sandboxes));
            // a later start may come with another KOPRU_ADMIN_PASSWORD: the login printed is the one that works
            server.getBean(Users.class).setPassword(DemoLogin.USER, password);
            SyncStore store = server.getBean(SyncStore.class);
            ConnectorPool pool = server.getBean(ConnectorPool.class);
            Map<String, Long> connections = new DemoConnections(store, server.getBean(ConnectionVault.class), pool,
                    settings.farmaBorsaCallsPerMinute())
                    .ensure(sandboxes);
            DemoShippingCard.ensure(store, pool, connections);
            DemoDiaStore.ensureCards(store, pool, connections);
            Map<String, Long> pipelines = new DemoPipelines(store, server.getBean(PipelineScheduler.class),
                    server.getBean(StoredSchedules.class))
                    .ensure(connections);
            activity = new DemoActivity(store, pool);
            activity.start(sandboxes);
            return new Demo(sandboxes, server, activity, password, pipelines);
        } catch (RuntimeException e) {
            if (activity != null) {
                activity.close();
            }
            if (server != null) {
                server.close();
            }
            sandboxes.close();
            throw e;
        }
    }

    /** Command-line form, so these win over KOPRU_* variables meant for a real server (e.g. a PostgreSQL URL). */
    private static String[] serverArgs(Settings settings, Path demoHome, String password, DemoSandboxes sandboxes) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + settings.port(),
                "--kopru.home=" + demoHome, "--kopru.database-url=", "--kopru.secret-key=",
                "--kopru.secret-key-file=" + demoHome.resolve("secret.key"), "--kopru.admin-password=" + password,
                "--kopru.scheduler-enabled=true", "--kopru.demo.enabled=true"));
        if (settings.port() == 0) {
            args.add("--server.address=127.0.0.1");
        }
        List<DemoSandboxes.Started> all = sandboxes.all();
        for (int i = 0; i < all.size(); i++) {
            String prefix = "--kopru.demo.sandboxes[" + i + "].";
            args.add(prefix + "name=" + all.get(i).connectionName());
            args.add(prefix + "vendor=" + all.get(i).vendor());
            args.add(prefix + "url=" + all.get(i).sandbox().baseUri());
        }
        return args.toArray(String[]::new);
    }

    /** The dashboard's address. */
    public URI url() {
        return url;
    }

    public String user() {
        return DemoLogin.USER;
    }

    public String password() {
        return password;
    }

    public DemoSandboxes sandboxes() {
        return sandboxes;
    }

    /** The demo pipelines' ids by name. */
    public Map<String, Long> pipelines() {
        return pipelines;
    }

    public <T> T bean(Class<T> type) {
        return server.getBean(type);
    }

    /** The server's Spring context. */
    public ConfigurableApplicationContext server() {
        return server;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        activity.close();
        server.close();
        sandboxes.close();
    }
}
