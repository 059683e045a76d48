package dev.kopru.connector.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.connector.kit.limit.RateLimitGate;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one HTTP send of every vendor client. A request is sent once; the only repeat is of a request that never left
 * this machine (a refused or timed-out connect), which is safe even for a write. Everything else, a failed read
 * included, is the caller's chain to retry (see {@code dev.kopru.connector.kit.chain}).
 *
 * <p>An operation's SQL fields pass the read-only SQL guard before anything is sent, whichever path built the
 * request; a refusal is an {@link dev.kopru.core.input.InvalidInputException} naming the field.
 *
 * <p>Failure semantics: every failure is a {@link ConnectorException}, with every secret of the connection masked.
 * No answer: transient when nothing was sent or the call is a read, {@link ConnectorException.InDoubt} for a write
 * that may have been sent. An answer: whatever the vendor's {@link EnvelopeReader} makes of it. Refused credentials
 * are renewed once when the {@link Authentication} says a renewal may help (a new login, the other day's hash).
 */
public final class VendorHttp {

    private static final System.Logger LOG = System.getLogger(VendorHttp.class.getName());

    private final URI baseUrl;
    private final HttpSettings settings;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Authentication authentication;
    private final RateLimitGate gate;
    private final VendorFailures failures;

    private VendorHttp(Builder builder) {
        this.baseUrl = Objects.requireNonNull(builder.baseUrl, "baseUrl");
        this.settings = builder.settings;
        this.http = settings.client();
        this.json = builder.json;
        this.authentication = builder.authentication;
        this.gate = builder.gate;
        this.failures = builder.failures;
    }

    /** @param vendor the vendor's name in messages, e.g. {@code "Mikro"} */
    public static Builder builder(String vendor, URI baseUrl) {
        return new Builder(vendor, baseUrl);
    }

    /** Sends {@code request} with this client's authentication and reads the answer with {@code reader}. */
    public <R> R call(VendorOperation op, VendorRequest request, EnvelopeReader<R> reader) {
        return call(op, request, reader, authentication);
    }

    /** As {@link #call(VendorOperation, VendorRequest, EnvelopeReader)} with another authentication (a login). */
    public <R> R call(VendorOperation op, VendorRequest request, EnvelopeReader<R> reader, Authentication auth) {
        VendorRequest guarded = SqlGuarding.guarded(op, request);
        Authentication.Attempt attempt = auth.begin(op);
        try {
            while (true) {
                VendorResponse response = send(op, attempt.apply(guarded));
                try {
                    return reader.read(op, response);
                } catch (ConnectorException.AuthExpired | ConnectorException.AuthRejected refused) {
                    if (!attempt.renew(refused)) {
                        throw refused;
                    }
                    LOG.log(System.Logger.Level.DEBUG, "{0}: credentials refused, renewing them once",
                            op.methodName());
                }
            }
        } catch (ConnectorException failure) {
            throw Redaction.scrub(failure, secrets(auth));
        }
    }

    private VendorResponse send(VendorOperation op, VendorRequest request) {
        HttpRequest httpRequest = httpRequest(request);
        int attempt = 1;
        while (true) {
            RateLimitGate.Slot slot = gate == null ? null : gate.acquire(op);
            try {
                HttpResponse<byte[]> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
                LOG.log(System.Logger.Level.DEBUG, "{0}: HTTP {1}", op.methodName(), response.statusCode());
                return new VendorResponse(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                if (!VendorFailures.neverSent(e) || attempt >= settings.unsentAttempts()) {
                    throw failures.noAnswer(op, e);
                }
                LOG.log(System.Logger.Level.DEBUG, "{0}: not sent ({1}), trying again", op.methodName(),
                        e.getClass().getSimpleName());
                attempt++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failures.interrupted(op, e);
            } finally {
                if (slot != null) {
                    gate.release(slot);
                }
            }
        }
    }

    private HttpRequest httpRequest(VendorRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request)).timeout(settings.requestTimeout());
        request.headers().forEach(builder::header);
        if (!request.headers().containsKey("Accept")) {
            builder.header("Accept", "application/json");
        }
        HttpRequest.BodyPublisher publisher = switch (request.body()) {
            case VendorRequest.Body.None none -> HttpRequest.BodyPublishers.noBody();
            case VendorRequest.Body.Json body -> {
                builder.header("Content-Type", "application/json; charset=utf-8");
                yield HttpRequest.BodyPublishers.ofByteArray(jsonBytes(request, body));
            }
            case VendorRequest.Body.Form form when form.multipart() -> {
                String boundary = "kopru-" + java.util.UUID.randomUUID();
                builder.header("Content-Type", "multipart/form-data; boundary=" + boundary);
                yield HttpRequest.BodyPublishers.ofByteArray(multipart(form.fields(), boundary));
            }
            case VendorRequest.Body.Form form -> {
                builder.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
                yield HttpRequest.BodyPublishers.ofString(encode(form.fields()), StandardCharsets.UTF_8);
            }
        };
        return builder.method(request.method(), publisher).build();
    }

    private byte[] jsonBytes(VendorRequest request, VendorRequest.Body.Json body) {
        try {
            return json.writeValueAsBytes(body.document());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(request + ": the body cannot be written as JSON", e);
        }
    }

    /** The base URL and the path (or the request's own absolute URL: a vendor's next link), with the query. */
    private URI uri(VendorRequest request) {
        String path = request.path();
        String target = path.startsWith("http://") || path.startsWith("https://") ? path
                : stripSlash(baseUrl.toString()) + (path.startsWith("/") ? path : "/" + path);
        if (request.query().isEmpty()) {
            return URI.create(target);
        }
        return URI.create(target + (target.contains("?") ? "&" : "?") + encode(request.query()));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** RFC 7578: one part per field, UTF-8 text; quotes and line breaks in a name escaped as browsers do. */
    private static byte[] multipart(Map<String, String> fields, String boundary) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        return body.append("--").append(boundary).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> secrets(Authentication auth) {
        return auth.secrets();
    }

    /** The secrets this client sends now: for callers that pass vendor text on (a raw call's answer). */
    public List<String> secrets() {
        return new ArrayList<>(authentication.secrets());
    }

    public ObjectMapper json() {
        return json;
    }

    public VendorFailures failures() {
        return failures;
    }

    public Clock clock() {
        return settings.clock();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public String toString() {
        return "VendorHttp{" + failures.vendor() + " at " + baseUrl + "}";
    }

    /** Builds a {@link VendorHttp}; only the vendor and base URL are required. */
    public static final class Builder {
        private final URI baseUrl;
        private HttpSettings settings = HttpSettings.defaults();
        private ObjectMapper json = VendorJson.mapper();
        private Authentication authentication = Authentication.none();
        private RateLimitGate gate;
        private VendorFailures failures;

        private Builder(String vendor, URI baseUrl) {
            this.baseUrl = baseUrl;
            this.failures = VendorFailures.of(vendor);
        }

        public Builder settings(HttpSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        public Builder json(ObjectMapper value) {
            this.json = Objects.requireNonNull(value, "json");
            return this;
        }

        public Builder authentication(Authentication value) {
            this.authentication = Objects.requireNonNull(value, "authentication");
            return this;
        }

        /** Every exchange takes a turn of {@code value} first (a vendor that counts calls per period). */
        public Builder rateLimit(RateLimitGate value) {
            this.gate = value;
            return this;
        }

        public Builder failures(VendorFailures value) {
            this.failures = Objects.requireNonNull(value, "failures");
            return this;
        }

        public VendorHttp build() {
            return new VendorHttp(this);
        }
    }
}
