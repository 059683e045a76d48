package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BiPredicate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;

/**
 * The CLI's side of the REST API: one JSON request at a time, authenticated with a bearer token or a user's
 * password. A problem+json answer becomes an {@link ApiException} carrying the server's detail, field and vendor
 * message; the credentials never appear in a message.
 */
public final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    ApiClient(URI base, String token, String user, String password) {
        this.base = base;
        this.http = client(base);
        if (token != null && !token.isBlank()) {
            this.authorization = "Bearer " + token.trim();
        } else if (user != null && password != null) {
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        } else {
            throw new IllegalArgumentException("no credentials: give --token (or KOPRU_TOKEN), or --user and"
                    + " --password (or KOPRU_USER and KOPRU_PASSWORD), or put token= in the CLI config file");
        }
    }

    public URI base() {
        return base;
    }

    public JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    public JsonNode post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    public JsonNode put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    public JsonNode delete(String path) {
        return send(request(path).DELETE().build());
    }

    /**
     * Follows a server-sent event stream: {@code onOpen} runs once the server has accepted the subscription (so a
     * run triggered there cannot be missed), then each event (name, JSON data) goes to {@code onEvent} until it
     * returns false or the server ends the stream.
     */
    public void events(String path, Runnable onOpen, BiPredicate<String, JsonNode> onEvent) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization)
                .header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() >= 400) {
                throw ApiException.of(response.statusCode(), new String(response.body().readAllBytes(),
                        StandardCharsets.UTF_8), request);
            }
            onOpen.run();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String event = "message";
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty() && !onEvent.test(event, JSON.readTree(data.toString()))) {
                            return;
                        }
                        event = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted", 0);
        }
    }

    /**
     * A client for {@code base}. Plain HTTP never shakes hands, so it gets a TLS context without trust material:
     * the default one reads the JDK's CA store, a tenth of the CLI's start time.
     */
    private static HttpClient client(URI base) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if ("http".equalsIgnoreCase(base.getScheme())) {
            try {
                SSLContext none = SSLContext.getInstance("TLS");
                none.init(new KeyManager[0], new TrustManager[0], null);
                builder.sslContext(none).sslParameters(new SSLParameters());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return builder.build();
    }

    /** {@code value} as one path segment or query value: a space is {@code %20} (a {@code +} is literal in a path). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw ApiException.of(response.statusCode(), response.body(), request);
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted", 0);
        }
    }

    private ApiException unreachable(IOException e) {
        String why = e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new ApiException("cannot reach the Köprü server at " + base + " (" + why + "); is it running?"
                + " Start it with ./kopru server or ./kopru demo, or give --url", 0);
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ApiClient[" + base + "]";
    }
}
