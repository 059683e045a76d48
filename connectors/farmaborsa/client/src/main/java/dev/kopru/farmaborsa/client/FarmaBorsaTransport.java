package dev.kopru.farmaborsa.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.support.Secrets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP exchange with FarmaBorsa: credentials added to the body, the rate limit's turn taken, the answer checked.
 * The only repeats it makes: a read that failed transiently is tried again (bounded, with backoff), and an operation
 * whose documented path has no route (HTTP 404 without an envelope: nothing was written) is sent to its fallback
 * path. A write is otherwise sent once.
 */
final class FarmaBorsaTransport {

    private static final System.Logger LOG = System.getLogger(FarmaBorsaTransport.class.getName());

    private final FarmaBorsaConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final RateLimitGate gate;

    FarmaBorsaTransport(FarmaBorsaConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.gate = new RateLimitGate(config.rateLimit(), config.maxRateWait());
        this.http = config.httpClient() != null ? config.httpClient()
                : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    RateLimitMetrics metrics() {
        return gate.metrics();
    }

    /**
     * Sends {@code op} with {@code fields} (the request's own fields; credentials are added here) and returns the
     * whole JSON answer once it is known to be a success ({@code hata} false or absent).
     */
    JsonNode call(FarmaBorsaOperation op, ObjectNode fields) {
        int attempt = 1;
        while (true) {
            try {
                return at(op, op.path(), fields);
            } catch (NoRoute noRoute) {
                if (op.fallbackPath().isEmpty()) {
                    throw noRoute.failure;
                }
                LOG.log(System.Logger.Level.DEBUG, "{0}: no route at {1}, trying {2}", op.methodName(), op.path(),
                        op.fallbackPath().get());
                try {
                    return at(op, op.fallbackPath().get(), fields);
                } catch (NoRoute again) {
                    throw again.failure;
                }
            } catch (ConnectorException.Transient failed) {
                if (op.write() || attempt >= config.readAttempts()) {
                    throw failed;
                }
                LOG.log(System.Logger.Level.DEBUG, "{0}: attempt {1} failed, retrying: {2}", op.methodName(), attempt,
                        failed.getMessage());
                pause(op, config.retryBackoff().multipliedBy(1L << (attempt - 1)));
                attempt++;
            }
        }
    }

    private JsonNode at(FarmaBorsaOperation op, String path, ObjectNode fields) {
        HttpRequest request = request(path, body(fields));
        HttpResponse<byte[]> response;
        RateLimitGate.Slot slot = gate.acquire(op);
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw FarmaBorsaFailures.fromIo(op, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FarmaBorsaFailures.interrupted(op, e);
        } finally {
            gate.release(slot);
        }
        LOG.log(System.Logger.Level.DEBUG, "{0}: HTTP {1}", op.methodName(), response.statusCode());
        return check(op, response, fields);
    }

    private JsonNode check(FarmaBorsaOperation op, HttpResponse<byte[]> response, ObjectNode fields) {
        int status = response.statusCode();
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode answer;
        try {
            answer = text.isBlank() ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            answer = null;
        }
        Duration window = config.rateLimit().period();
        if (answer != null && answer.isObject() && hata(answer)) {
            JsonNode mesaj = field(answer, "mesaj");
            throw FarmaBorsaFailures.fromHata(op, status, mesaj.isTextual() ? redact(mesaj.asText()) : null,
                    retryAfter, window, fieldNames(fields));
        }
        if (status == 404 && (answer == null || !answer.isObject() || field(answer, "hata").isMissingNode())) {
            throw new NoRoute(FarmaBorsaFailures.fromHttp(op, status, redact(text), retryAfter, window));
        }
        if (status < 200 || status > 299) {
            throw FarmaBorsaFailures.fromHttp(op, status, redact(text), retryAfter, window);
        }
        if (answer == null || !answer.isObject()) {
            throw FarmaBorsaFailures.unreadable(op, status, text.isBlank() ? "empty body" : "not a JSON object");
        }
        return answer;
    }

    /** {@code hata} as ASP.NET may bind or write it: true, "true", 1. */
    private static boolean hata(JsonNode answer) {
        JsonNode hata = field(answer, "hata");
        return hata.asBoolean(false) || "true".equalsIgnoreCase(hata.asText()) || hata.asInt(0) == 1;
    }

    /** A member of {@code node} by name, in any case (the server's serializer decides the casing). */
    static JsonNode field(JsonNode node, String name) {
        JsonNode exact = node.get(name);
        if (exact != null) {
            return exact;
        }
        for (var member : node.properties()) {
            if (member.getKey().equalsIgnoreCase(name)) {
                return member.getValue();
            }
        }
        return MissingNode.getInstance();
    }

    private ObjectNode body(ObjectNode fields) {
        ObjectNode body = json.createObjectNode();
        body.put("nick", config.nick());
        body.put("parola", config.parola());
        body.put("apiKey", config.apiKey());
        body.setAll(fields);
        return body;
    }

    private static List<String> fieldNames(ObjectNode fields) {
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private HttpRequest request(String path, ObjectNode body) {
        try {
            return HttpRequest.newBuilder(URI.create(config.baseUrl() + path))
                    .timeout(config.requestTimeout())
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(path + ": request body cannot be written as JSON", e);
        }
    }

    /** Vendor text never carries a secret onward, even if a server echoes one. */
    private String redact(String text) {
        return Secrets.scrub(text, config.apiKey(), config.parola());
    }

    private static void pause(FarmaBorsaOperation op, Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FarmaBorsaFailures.interrupted(op, e);
        }
    }

    /** The path has no route on this server; carries the failure to throw when there is no other path. */
    private static final class NoRoute extends RuntimeException {
        private final ConnectorException failure;

        NoRoute(ConnectorException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }
}
