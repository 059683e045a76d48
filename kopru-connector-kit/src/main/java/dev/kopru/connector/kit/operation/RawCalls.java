package dev.kopru.connector.kit.operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.http.Redaction;
import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.input.InvalidInputException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The raw pass-through every connector gets from its catalogue: the caller names an operation and gives the vendor's
 * own JSON body; the operation's {@link Guard} checks the body (SQL fields are SQL reads, nothing else), the vendor's
 * sender adds the connection's credentials and sends it, and the answer comes back with every secret masked.
 * Retrying is the caller's chain's business, and a write is never retried there.
 */
public final class RawCalls<O extends VendorOperation> implements RawOperations {

    /** Sends {@code body} as {@code op} with the connection's credentials; the vendor's whole answer on success. */
    @FunctionalInterface
    public interface Sender<O> {
        JsonNode send(O op, ObjectNode body);
    }

    /** Refuses a raw body an operation must not carry; throws a typed refusal naming the field. */
    @FunctionalInterface
    public interface Guard {
        void check(VendorOperation op, ObjectNode body);

        static Guard none() {
            return (op, body) -> { };
        }
    }

    private final OperationCatalogue<O> catalogue;
    private final ObjectMapper json;
    private final Sender<O> sender;
    private final Guard guard;
    private final Supplier<List<String>> secrets;

    public RawCalls(OperationCatalogue<O> catalogue, ObjectMapper json, Sender<O> sender, Guard guard,
                    Supplier<List<String>> secrets) {
        this.catalogue = catalogue;
        this.json = json;
        this.sender = sender;
        this.guard = guard;
        this.secrets = secrets;
    }

    @Override
    public List<RawOperation> rawOperations() {
        return catalogue.rawOperations();
    }

    @Override
    public String callRaw(String operation, String jsonBody) {
        O op = catalogue.find(operation);
        ObjectNode body = body(jsonBody);
        guard.check(op, body);
        JsonNode answer = sender.send(op, body);
        // the answer is the vendor's; a server that echoes a credential must not pass it on
        return Redaction.scrub(answer.toString(), secrets.get());
    }

    private ObjectNode body(String jsonBody) {
        if (jsonBody == null || jsonBody.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode body = json.readTree(jsonBody);
            if (body == null || !body.isObject()) {
                throw new InvalidInputException("body", "must be a JSON object (the " + catalogue.vendor()
                        + " request), was " + (body == null ? "empty" : body.getNodeType()));
            }
            return (ObjectNode) body;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
