package dev.kopru.mikro.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * One HTTP exchange with Mikro, with the only two retries the client makes: a read that failed transiently is
 * tried again (bounded, with backoff), and a call refused for the daily hash is sent once more with the other
 * day's hash (a refused call changed nothing, so this is safe for writes too). A write is otherwise sent once.
 */
final class MikroTransport {

    private static final System.Logger LOG = System.getLogger(MikroTransport.class.getName());

    private final MikroConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    MikroTransport(MikroConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = config.httpClient() != null ? config.httpClient()
                // HTTP/1.1: the Mikro service is a plain .NET self-host; no h2c upgrade dance on every call.
                : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Sends {@code op} and returns the whole JSON answer once it is known to be a success.
     *
     * @param body builds the request body around the credential block ({@code null} for GET operations)
     */
    JsonNode call(MikroOperation op, Function<ObjectNode, JsonNode> body) {
        Instant now = config.clock().instant();
        LocalDate day = DailyPassword.serverDay(now);
        boolean triedAdjacentDay = false;
        int attempt = 1;
        while (true) {
            try {
                return once(op, body, day);
            } catch (ConnectorException.AuthRejected rejected) {
                if (triedAdjacentDay || body == null || !MikroFailures.passwordRefused(rejected)) {
                    throw rejected;
                }
                triedAdjacentDay = true;
                day = DailyPassword.adjacentDay(now);
                LOG.log(System.Logger.Level.DEBUG, "{0}: daily hash refused, trying the adjacent day once",
                        op.methodName());
            } catch (ConnectorException.Transient failed) {
                if (op.write() || attempt >= config.readAttempts()) {
                    throw failed;
                }
                LOG.log(System.Logger.Level.DEBUG, "{0}: attempt {1} failed, retrying: {2}", op.methodName(),
                        attempt, failed.getMessage());
                pause(op, config.retryBackoff().multipliedBy(1L << (attempt - 1)));
                attempt++;
            }
        }
    }

    private JsonNode once(MikroOperation op, Function<ObjectNode, JsonNode> body, LocalDate day) {
        String sifre = DailyPassword.hash(day, config.password());
        HttpRequest request = request(op, body == null ? null : body.apply(credentials(op, sifre)));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw MikroFailures.fromIo(op, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MikroFailures.interrupted(op, e);
        }
        LOG.log(System.Logger.Level.DEBUG, "{0}: HTTP {1}", op.methodName(), response.statusCode());
        return check(op, response, sifre);
    }

    private JsonNode check(MikroOperation op, HttpResponse<byte[]> response, String sifre) {
        int status = response.statusCode();
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode answer;
        try {
            answer = text.isBlank() ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            answer = null;
        }
        Optional<JsonNode> envelope = envelope(answer);
        if (envelope.isPresent()) {
            JsonNode first = envelope.get();
            int code = first.path("StatusCode").asInt(status);
            if (first.path("IsError").asBoolean(false) || code >= 400) {
                String message = first.path("ErrorMessage").isTextual() ? first.path("ErrorMessage").asText() : null;
                throw MikroFailures.fromEnvelope(op, code, redact(message, sifre), retryAfter);
            }
        }
        if (status < 200 || status > 299) {
            throw MikroFailures.fromHttp(op, status, redact(text, sifre), retryAfter);
        }
        if (answer == null) {
            throw MikroFailures.unreadable(op, status, text.isBlank() ? "empty body" : "not JSON");
        }
        return answer;
    }

    /** {@code result[0]} when the answer has Mikro's standard envelope. */
    static Optional<JsonNode> envelope(JsonNode answer) {
        if (answer == null || !answer.path("result").isArray() || answer.path("result").isEmpty()) {
            return Optional.empty();
        }
        JsonNode first = answer.path("result").get(0);
        return first.isObject() && (first.has("StatusCode") || first.has("IsError")) ? Optional.of(first)
                : Optional.empty();
    }

    private ObjectNode credentials(MikroOperation op, String sifre) {
        ObjectNode mikro = json.createObjectNode();
        mikro.put("ApiKey", config.apiKey());
        mikro.put("FirmaKodu", config.firmaKodu());
        mikro.put("CalismaYili", config.calismaYili());
        mikro.put("KullaniciKodu", config.kullaniciKodu());
        mikro.put("Sifre", sifre);
        if (op.firmaSube() || config.firmaNo() != null) {
            mikro.put("FirmaNo", config.firmaNoIfSet().orElse(0));
        }
        if (op.firmaSube() || config.subeNo() != null) {
            mikro.put("SubeNo", config.subeNoIfSet().orElse(0));
        }
        return mikro;
    }

    private HttpRequest request(MikroOperation op, JsonNode body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(config.baseUrl() + op.encodedPath()))
                .timeout(config.requestTimeout())
                .header("Accept", "application/json");
        if (op.get()) {
            return builder.GET().build();
        }
        if (body == null) {
            return builder.POST(HttpRequest.BodyPublishers.noBody()).build();
        }
        try {
            return builder.header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(op.methodName() + ": request body cannot be written as JSON", e);
        }
    }

    /** Vendor text never carries a secret onward, even if a server echoes one. */
    private String redact(String text, String sifre) {
        return Secrets.scrub(text, sifre, config.apiKey(), config.password());
    }

    private static void pause(MikroOperation op, Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MikroFailures.interrupted(op, e);
        }
    }
}
