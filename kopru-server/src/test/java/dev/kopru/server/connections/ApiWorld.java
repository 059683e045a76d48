package dev.kopru.server.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandbox;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.server.app.TestServer;
import dev.kopru.testkit.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Köprü server on an ephemeral port with a Mikro sandbox (the golden set of mikro.md §10 plus demo parties) and a
 * FarmaBorsa sandbox beside it, and the requests the API tests send as the first admin.
 */
public final class ApiWorld implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String MIKRO_API_KEY = "world-api-key-7c1e";
    public static final String MIKRO_PASSWORD = "world-mikro-pass-93b2";
    public static final String FARMA_PAROLA = "world-farma-parola-5d0a";
    public static final String FARMA_API_KEY = "world-farma-key-e41f";

    public final Sandbox mikro;
    public final Sandbox farma;
    public final TestServer server;

    public ApiWorld(Map<String, Object> serverProperties) {
        mikro = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().apiKey(MIKRO_API_KEY)
                .user("SRV", MIKRO_PASSWORD).goldenSet(true).demoSeed(5).demoSize(12).build()), 0);
        farma = Sandbox.start(new FarmaBorsaSandbox(FarmaBorsaSandboxOptions.builder().clearAccounts()
                .account("eczane", FARMA_PAROLA, FARMA_API_KEY).demoSize(15).noRateLimit()
                .productApprovalDelay(null).build()), 0);
        server = TestServer.start(serverProperties);
    }

    public ApiWorld() {
        this(Map.of());
    }

    public static String year() {
        return Integer.toString(LocalDate.now(MikroSandboxOptions.ISTANBUL).getYear());
    }

    /** The Mikro sandbox's configuration, with {@code changes} applied. */
    public Map<String, String> mikroConfig(Map<String, String> changes) {
        Map<String, String> config = new LinkedHashMap<>(Map.of("baseUrl", mikro.baseUri().toString(),
                "apiKey", MIKRO_API_KEY, "firmaKodu", "DEMO", "calismaYili", year(), "kullaniciKodu", "SRV",
                "password", MIKRO_PASSWORD));
        config.putAll(changes);
        return config;
    }

    public Map<String, String> farmaConfig() {
        return Map.of("baseUrl", farma.baseUri().toString(), "nick", "eczane", "parola", FARMA_PAROLA,
                "apiKey", FARMA_API_KEY, "rateLimitPermits", "1000");
    }

    /** Creates a connection and answers its id. */
    public long create(String name, String vendor, Map<String, String> config) {
        HttpResponse<String> response = post("/api/v1/connections",
                write(Map.of("name", name, "vendor", vendor, "config", config)));
        if (response.statusCode() != 201) {
            throw new AssertionError("creating " + name + ": " + response.statusCode() + " " + response.body());
        }
        return read(response).path("id").asLong();
    }

    public HttpResponse<String> get(String path) {
        return server.send(server.asAdmin(path).header("Accept", "application/json").GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json);
    }

    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = server.asAdmin(path).header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return server.send(request.build());
    }

    public static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        mikro.close();
        farma.close();
    }
}
