package dev.kopru.logo.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.kopru.connector.kit.http.EnvelopeReader;
import dev.kopru.connector.kit.http.RetryAfter;
import dev.kopru.connector.kit.http.VendorFailures;
import dev.kopru.connector.kit.http.VendorResponse;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Logo's answers (logo.md §2, §5): a success is the JSON body (an empty body, as DELETE sends, is JSON null); a 401
 * means the token expired, so the session logs in once more; a {@code ModelState} is a validation refusal naming
 * Logo's key (a field, or a Logo Objects code such as {@code 207}) with Logo's own text, except {@code LoginError},
 * which means the session is gone; other statuses go to the kit's typed outcomes with the Web API's
 * {@code Message}.
 */
final class LogoEnvelope implements EnvelopeReader<JsonNode> {

    private final ObjectMapper json;
    private final VendorFailures failures;
    private final Clock clock;

    LogoEnvelope(ObjectMapper json, VendorFailures failures, Clock clock) {
        this.json = json;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    public JsonNode read(VendorOperation op, VendorResponse response) {
        JsonNode answer = response.jsonOrNull(json);
        if (response.success()) {
            if (answer != null) {
                return answer;
            }
            if (response.body().length == 0) {
                return NullNode.getInstance();
            }
            throw failures.unreadable(op, response.status(), "not JSON");
        }
        String message = message(answer);
        String said = message == null ? response.text() : message;
        if (response.status() == 401) {
            return refusedToken(op, said);
        }
        JsonNode modelState = VendorJson.member(answer, "ModelState");
        if (modelState.isObject() && !modelState.isEmpty()) {
            throw refusal(op, modelState, message);
        }
        if (response.status() >= 500) {
            throw failures.serverFailed(op, "HTTP " + response.status(), VendorFailures.abbreviate(said));
        }
        Duration retryAfter = RetryAfter.of(response.header("Retry-After"), clock, Duration.ofSeconds(1));
        throw failures.fromStatus(op, response.status(), said, retryAfter);
    }

    private static JsonNode refusedToken(VendorOperation op, String said) {
        throw new ConnectorException.AuthExpired(op.methodName(), op.methodName() + ": HTTP 401 from Logo (" + said
                + "); the token expired or was revoked", said);
    }

    /** The first key of {@code modelState} and its messages, as Logo Objects worded them. */
    private ConnectorException refusal(VendorOperation op, JsonNode modelState, String message) {
        Map.Entry<String, JsonNode> first = modelState.properties().iterator().next();
        String key = first.getKey();
        List<String> texts = new ArrayList<>();
        JsonNode value = first.getValue();
        if (value.isArray()) {
            value.forEach(t -> texts.add(t.asText()));
        } else {
            texts.add(value.asText());
        }
        String said = String.join(" ", texts);
        if (key.equalsIgnoreCase("LoginError")) {
            return new ConnectorException.AuthExpired(op.methodName(), op.methodName() + ": Logo lost the session ("
                    + said + ")", said);
        }
        // ASP.NET prefixes model-bound keys with the parameter name ("item.CODE"); Logo's field is the last part.
        String field = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
        String intro = message == null ? "" : message + " ";
        return new ConnectorException.Validation(op.methodName(), field.isEmpty() ? null : field,
                op.methodName() + ": Logo refused " + (field.isEmpty() ? "the request" : field) + ": " + intro + said,
                said);
    }

    /** The Web API's text: {@code Message}, {@code ExceptionMessage} or an OAuth {@code error_description}. */
    static String message(JsonNode answer) {
        for (String name : List.of("Message", "ExceptionMessage", "error_description", "error")) {
            JsonNode text = VendorJson.member(answer, name);
            if (text.isTextual() && !text.asText().isBlank()) {
                return text.asText();
            }
        }
        return null;
    }
}
