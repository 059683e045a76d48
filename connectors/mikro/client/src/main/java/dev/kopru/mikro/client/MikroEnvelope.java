package dev.kopru.mikro.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.connector.kit.http.EnvelopeReader;
import dev.kopru.connector.kit.http.VendorResponse;
import dev.kopru.connector.kit.operation.VendorOperation;
import java.util.Optional;

/**
 * Mikro's answer: the {@code result[0]} envelope's {@code StatusCode}/{@code IsError} decide over the HTTP status
 * (the server may send 200 with an error); an answer without it is judged by its status; a success is the whole JSON
 * answer.
 */
final class MikroEnvelope implements EnvelopeReader<JsonNode> {

    private final ObjectMapper json;
    private final MikroFailures failures;

    MikroEnvelope(ObjectMapper json, MikroFailures failures) {
        this.json = json;
        this.failures = failures;
    }

    @Override
    public JsonNode read(VendorOperation operation, VendorResponse response) {
        MikroOperation op = (MikroOperation) operation;
        String text = response.text();
        JsonNode answer = response.jsonOrNull(json);
        Optional<JsonNode> envelope = envelope(answer);
        if (envelope.isPresent()) {
            JsonNode first = envelope.get();
            int code = first.path("StatusCode").asInt(response.status());
            if (first.path("IsError").asBoolean(false) || code >= 400) {
                String message = first.path("ErrorMessage").isTextual() ? first.path("ErrorMessage").asText() : null;
                throw failures.fromEnvelope(op, code, message, response.header("Retry-After"));
            }
        }
        if (!response.success()) {
            throw failures.fromHttp(op, response.status(), text, response.header("Retry-After"));
        }
        if (answer == null) {
            throw failures.kit().unreadable(op, response.status(), text.isBlank() ? "empty body" : "not JSON");
        }
        if (op.ownEnvelope() && !ownSuccess(op, answer)) {
            String message = Answers.firstText(answer.has("message") ? answer.get("message")
                    : answer.has("Message") ? answer.get("Message") : answer.path("error"));
            throw failures.fromEnvelope(op, 400, message == null ? answer.toString() : message, Optional.empty());
        }
        return answer;
    }

    /** The own envelopes of mikro.md §4.2: KayıtOkuV2's {@code success}, EBelgeDurumSorgulamaV2's {@code status}. */
    private static boolean ownSuccess(MikroOperation op, JsonNode answer) {
        return op == MikroOperation.KAYIT_OKU_V2 ? answer.path("success").asBoolean(false)
                : "success".equalsIgnoreCase(answer.path("status").asText());
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
}
