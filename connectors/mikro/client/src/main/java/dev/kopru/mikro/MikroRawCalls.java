package dev.kopru.mikro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.RawOperations.RawOperation;
import dev.kopru.core.connector.support.Secrets;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.client.MikroJson;
import dev.kopru.mikro.client.MikroOperation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Mikro's documented operations sent as the caller wrote them: the body is Mikro's own request (a {@code Mikro}
 * block plus the operation's other members, e.g. {@code SQLSorgu}); the client fills the block's credentials with
 * the connection's, the daily hash included, so a caller never handles them.
 */
final class MikroRawCalls {

    private final ObjectMapper json = MikroJson.mapper();
    private final MikroClient client;
    private final MikroConfig config;

    MikroRawCalls(MikroClient client, MikroConfig config) {
        this.client = client;
        this.config = config;
    }

    List<RawOperation> operations() {
        return Arrays.stream(MikroOperation.values()).map(op -> new RawOperation(op.methodName(), op.write())).toList();
    }

    String call(String operation, String jsonBody) {
        MikroOperation op = operation(operation);
        JsonNode answer = client.raw(op, body(jsonBody));
        // the answer is the vendor's; a server that echoes a credential must not pass it on
        return Secrets.scrub(answer.toString(), config.apiKey(), config.password());
    }

    /** Mikro matches method names ignoring case; {@code KayitOkuV2} is accepted for {@code KayıtOkuV2}. */
    private static MikroOperation operation(String name) {
        String wanted = plain(name);
        return Arrays.stream(MikroOperation.values()).filter(op -> plain(op.methodName()).equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("operation", "'" + name + "' is not a Mikro operation"
                        + " this connector knows (known: " + String.join(", ", Arrays.stream(MikroOperation.values())
                        .map(MikroOperation::methodName).toList()) + ")"));
    }

    private static String plain(String name) {
        return name == null ? "" : name.replace('ı', 'i').replace('İ', 'I').toLowerCase(Locale.ROOT);
    }

    private ObjectNode body(String jsonBody) {
        if (jsonBody == null || jsonBody.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode body = json.readTree(jsonBody);
            if (!body.isObject()) {
                throw new InvalidInputException("body", "must be a JSON object (Mikro's request), was "
                        + body.getNodeType());
            }
            return (ObjectNode) body;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
