package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.http.TestHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A test's hand-written Logo REST caller: the token request, then JSON calls with the bearer token. */
final class LogoHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private String token;

    LogoHttp(URI base) {
        this.base = base;
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code POST api/v1/token} with {@code form} and the given Authorization header (none when null). */
    TestHttp.Response token(Map<String, String> form, String authorization) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** Logs in as logo.md's golden examples do and keeps the token for {@link #call}. */
    LogoHttp login(String user, String password, String clientId, String secret) {
        TestHttp.Response answer = token(Map.of("grant_type", "password", "username", user, "Firmno", "1",
                "password", password), basic(clientId, secret));
        if (answer.status() != 200) {
            throw new AssertionError("login refused: " + answer.text());
        }
        token = answer.json().get("access_token").asText();
        return this;
    }

    LogoHttp loginGolden() {
        return login("LOGO", "Logo1234", "logoclient", "secret");
    }

    /** {@code method path} with the bearer token (unless {@code headers} has an Authorization) and a JSON body. */
    TestHttp.Response call(String method, String path, JsonNode body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        if (!headers.containsKey("Authorization") && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    TestHttp.Response call(String method, String path, JsonNode body) {
        return call(method, path, body, Map.of());
    }

    TestHttp.Response get(String path) {
        return call("GET", path, null);
    }

    private TestHttp.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new TestHttp.Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
