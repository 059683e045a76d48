package dev.kopru.farmaborsa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.RawOperations.RawOperation;
import dev.kopru.core.connector.support.Secrets;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.farmaborsa.client.FarmaBorsaClient;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import dev.kopru.farmaborsa.client.FarmaBorsaJson;
import dev.kopru.farmaborsa.client.FarmaBorsaOperation;
import java.util.Arrays;
import java.util.List;

/**
 * FarmaBorsa's documented operations sent with the caller's own fields, under the connection's rate limit; the
 * client adds {@code nick}, {@code parola} and {@code apiKey}.
 */
final class FarmaBorsaRawCalls {

    private final ObjectMapper json = FarmaBorsaJson.mapper();
    private final FarmaBorsaClient client;
    private final FarmaBorsaConfig config;

    FarmaBorsaRawCalls(FarmaBorsaClient client, FarmaBorsaConfig config) {
        this.client = client;
        this.config = config;
    }

    List<RawOperation> operations() {
        return Arrays.stream(FarmaBorsaOperation.values()).map(op -> new RawOperation(op.methodName(), op.write()))
                .toList();
    }

    String call(String operation, String jsonBody) {
        FarmaBorsaOperation op = Arrays.stream(FarmaBorsaOperation.values())
                .filter(candidate -> candidate.methodName().equalsIgnoreCase(operation)).findFirst()
                .orElseThrow(() -> new InvalidInputException("operation", "'" + operation + "' is not a FarmaBorsa"
                        + " operation this connector knows (known: " + String.join(", ", operations().stream()
                        .map(RawOperation::name).toList()) + ")"));
        JsonNode answer = client.raw(op, body(jsonBody));
        // the answer is the vendor's; a server that echoes a credential must not pass it on
        return Secrets.scrub(answer.toString(), config.apiKey(), config.parola());
    }

    private ObjectNode body(String jsonBody) {
        if (jsonBody == null || jsonBody.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode body = json.readTree(jsonBody);
            if (!body.isObject()) {
                throw new InvalidInputException("body", "must be a JSON object (the operation's fields), was "
                        + body.getNodeType());
            }
            return (ObjectNode) body;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
