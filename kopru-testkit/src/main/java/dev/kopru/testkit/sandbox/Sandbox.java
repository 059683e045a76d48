package dev.kopru.testkit.sandbox;

import io.javalin.Javalin;
import org.eclipse.jetty.http.UriCompliance;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running sandbox: one {@link SandboxApp} on a real HTTP server (Javalin on Jetty), with the fault knobs, the
 * request journal and the {@code /_sandbox/} admin API. Routes match case-insensitively, as the vendors' servers do.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(new MikroSandbox(options), 0)) {
 *     URI base = sandbox.baseUri();
 *     sandbox.faults().loseNextWrites(1);
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {

    /** The default bind address: only this machine can reach the sandbox. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Binds every interface, for a sandbox other machines or containers must reach. */
    public static final String ALL_INTERFACES = "0.0.0.0";

    private final SandboxApp app;
    private final Faults faults = new Faults();
    private final RequestJournal journal = new RequestJournal();
    private final AtomicBoolean closed = new AtomicBoolean();
    private Javalin server;
    private URI baseUri;

    private Sandbox(SandboxApp app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    /** Starts {@code app} on 127.0.0.1; port 0 picks a free ephemeral port. */
    public static Sandbox start(SandboxApp app, int port) {
        return start(app, LOOPBACK, port);
    }

    /** Starts {@code app} on the given address (e.g. {@link #ALL_INTERFACES}); port 0 picks a free port. */
    public static Sandbox start(SandboxApp app, String host, int port) {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        Sandbox sandbox = new Sandbox(app);
        FaultFilter filter = new FaultFilter(sandbox);
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.router.caseInsensitiveRoutes = true;
            // Benchmarks post large documents; vendors accept more than Javalin's 1 MB default.
            config.http.maxRequestSize = 64L * 1024 * 1024;
            // Vendors' own servers take raw UTF-8 in paths (Mikro documents /API/APIMethods/KayıtOkuV2); Jetty's
            // default compliance would refuse it with a 400 before any handler could answer as the vendor does.
            config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(
                    UriCompliance.DEFAULT.with("sandbox", UriCompliance.Violation.ILLEGAL_PATH_CHARACTERS)));
            config.routes.before(filter::before);
            AdminApi.register(config.routes, sandbox);
            app.routes(config.routes, sandbox);
            config.routes.after(filter::after);
        });
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            server.stop();
            app.close();
            throw e;
        }
        sandbox.server = server;
        String visibleHost = host.equals(ALL_INTERFACES) ? LOOPBACK : host;
        sandbox.baseUri = URI.create("http://" + visibleHost + ":" + server.port());
        return sandbox;
    }

    /** {@code http://host:port} without a trailing slash; vendor paths are appended as they are documented. */
    public URI baseUri() {
        return baseUri;
    }

    public int port() {
        return server.port();
    }

    public Faults faults() {
        return faults;
    }

    public RequestJournal journal() {
        return journal;
    }

    public SandboxApp app() {
        return app;
    }

    /** Stops the server and releases the app's resources; closing twice is harmless. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.stop();
        } finally {
            app.close();
        }
    }
}
