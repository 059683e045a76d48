package dev.kopru.server.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Köprü server for a test: its own KOPRU_HOME in a temporary directory, H2 in memory (or the database
 * given), an ephemeral port on 127.0.0.1, and the first admin {@code admin}/{@link #ADMIN_PASSWORD}. Requests go
 * over real HTTP with the JDK client.
 */
public final class TestServer implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    private final ConfigurableApplicationContext context;
    private final Path home;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(ConfigurableApplicationContext context, Path home) {
        this.context = context;
        this.home = home;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    public static TestServer start() {
        return start(Map.of());
    }

    /** {@code overrides} are server properties, e.g. {@code kopru.database-url} for PostgreSQL. */
    public static TestServer start(Map<String, Object> overrides) {
        try {
            Path home = Files.createTempDirectory("kopru-home-");
            Map<String, Object> properties = new HashMap<>();
            properties.put("server.port", "0");
            properties.put("server.address", "127.0.0.1");
            properties.put("kopru.home", home.toString());
            properties.put("kopru.database-url", "jdbc:h2:mem:kopru-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            properties.put("kopru.database-user", "sa");
            properties.put("kopru.database-password", "");
            properties.put("kopru.admin-password", ADMIN_PASSWORD);
            properties.putAll(overrides);
            // command-line form so these win over the environment of the machine running the tests
            String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            return new TestServer(KopruServerApplication.start(Map.of(), args), home);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public URI base() {
        return base;
    }

    public Path home() {
        return home;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** HTTP sessions Tomcat holds now (every context of the embedded server). */
    public int activeSessions() {
        var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer)
                ((WebServerApplicationContext) context).getWebServer()).getTomcat();
        int sessions = 0;
        for (var child : tomcat.getHost().findChildren()) {
            sessions += ((org.apache.catalina.Context) child).getManager().getActiveSessions();
        }
        return sessions;
    }

    public HttpClient http() {
        return http;
    }

    /** A request to {@code path} as the first admin. */
    public HttpRequest.Builder asAdmin(String path) {
        return as("admin", ADMIN_PASSWORD, path);
    }

    public HttpRequest.Builder as(String user, String password, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(asAdmin(path).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(asAdmin(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Override
    public void close() {
        context.close();
    }
}
