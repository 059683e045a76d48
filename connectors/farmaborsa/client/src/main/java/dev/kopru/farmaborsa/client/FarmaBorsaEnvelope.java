package dev.kopru.farmaborsa.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.connector.kit.http.EnvelopeReader;
import dev.kopru.connector.kit.http.RetryAfter;
import dev.kopru.connector.kit.http.VendorResponse;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * FarmaBorsa's answer: {@code "hata": true} is authoritative whatever the HTTP status; an HTTP 404 without FarmaBorsa's
 * envelope means the path has no route ({@link NoRoute}, so that the client can try the operation's other path);
 * any other non-2xx status is judged by the status; a success is the whole JSON object.
 *
 * @param sentFields the request's own field names (credentials excluded), one of which a refusal may name
 */
record FarmaBorsaEnvelope(ObjectMapper json, Clock clock, Duration window, List<String> sentFields)
        implements EnvelopeReader<JsonNode> {

    @Override
    public JsonNode read(VendorOperation operation, VendorResponse response) {
        FarmaBorsaOperation op = (FarmaBorsaOperation) operation;
        int status = response.status();
        String text = response.text();
        JsonNode answer = response.jsonOrNull(json);
        Duration retryAfter = RetryAfter.of(response.header("Retry-After"), clock, window);
        if (answer != null && answer.isObject() && hata(answer)) {
            JsonNode mesaj = VendorJson.member(answer, "mesaj");
            throw FarmaBorsaFailures.fromHata(op, status, mesaj.isTextual() ? mesaj.asText() : null, retryAfter,
                    sentFields);
        }
        if (status == 404 && (answer == null || !answer.isObject() || VendorJson.member(answer, "hata").isMissingNode())) {
            throw new NoRoute(FarmaBorsaFailures.fromHttp(op, status, text, retryAfter));
        }
        if (!response.success()) {
            throw FarmaBorsaFailures.fromHttp(op, status, text, retryAfter);
        }
        if (answer == null || !answer.isObject()) {
            throw FarmaBorsaFailures.KIT.unreadable(op, status, text.isBlank() ? "empty body" : "not a JSON object");
        }
        return answer;
    }

    /** {@code hata} as ASP.NET may bind or write it: true, "true", 1. */
    private static boolean hata(JsonNode answer) {
        JsonNode hata = VendorJson.member(answer, "hata");
        return hata.asBoolean(false) || "true".equalsIgnoreCase(hata.asText()) || hata.asInt(0) == 1;
    }

    /** The path has no route on this server; carries the failure to throw when there is no other path. */
    static final class NoRoute extends RuntimeException {
        private final ConnectorException failure;

        NoRoute(ConnectorException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }

        ConnectorException failure() {
            return failure;
        }
    }
}
