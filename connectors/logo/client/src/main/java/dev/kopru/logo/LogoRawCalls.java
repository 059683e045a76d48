package dev.kopru.logo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.sql.SqlField;
import dev.kopru.connector.kit.operation.OperationCatalogue;
import dev.kopru.connector.kit.operation.RawCalls;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.logo.client.LogoClient;
import dev.kopru.logo.client.LogoPage;
import dev.kopru.logo.client.LogoQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The raw pass-through to any Logo data object, through the kit's {@link RawCalls}: the caller names one of Logo's
 * generic operations and gives a JSON body naming the data object, e.g. {@code {"resource": "bankSlips", "q":
 * "DATE gte '2025-01-01'", "limit": 50}}, {@code {"resource": "Arps", "id": 7}}, {@code {"resource": "items",
 * "record": {...}}}, {@code {"tsql": "SELECT ..."}}, {@code {"resource": "ArpSlips", "id": 3, "method":
 * "ApplyRePayPln", "args": ["0", "GOP.01"]}}, {@code {"resource": "salesOrders", "id": 5, "collection":
 * "TRANSACTIONS", "index": 0}}. A write (and a method run on a sent record) is sent once; {@code query} is a SELECT
 * or nothing.
 */
final class LogoRawCalls {

    /** Logo's generic operations as the raw pass-through lists them. */
    enum Operation implements VendorOperation {
        LIST("list", false), GET("get", false), CREATE("create", true), REPLACE("replace", true),
        PATCH("patch", true), DELETE("delete", true), QUERY("query", false), LINES("lines", false),
        METHOD("method", false), LINE_METHOD("lineMethod", false), RECORD_METHOD("recordMethod", true),
        READ_WITH_BODY("readWithBody", false);

        private final String name;
        private final boolean write;

        Operation(String name, boolean write) {
            this.name = name;
            this.write = write;
        }

        @Override
        public String methodName() {
            return name;
        }

        @Override
        public boolean write() {
            return write;
        }

        @Override
        public Set<SqlField> sqlFields() {
            return this == QUERY ? Set.of(SqlField.query("tsql")) : Set.of();
        }
    }

    private LogoRawCalls() {
    }

    static RawOperations of(LogoClient client) {
        return new RawCalls<>(OperationCatalogue.of("Logo", Operation.class), client.json(),
                (op, body) -> send(client, op, body), RawCalls.Guard.none(), client::secrets);
    }

    private static JsonNode send(LogoClient client, Operation op, ObjectNode body) {
        ObjectMapper json = client.json();
        return switch (op) {
            case LIST -> page(json, client.list(resource(body), query(body)));
            case GET -> client.get(resource(body), id(body), query(body));
            case CREATE -> client.create(resource(body), record(body));
            case REPLACE -> client.replace(resource(body), id(body), record(body));
            case PATCH -> client.patch(resource(body), id(body), record(body));
            case DELETE -> {
                client.delete(resource(body), id(body));
                yield json.createObjectNode();
            }
            case QUERY -> page(json, client.query(text(body, "tsql"),
                    body.path("limit").asInt(client.config().pageSize())));
            case LINES -> body.hasNonNull("index")
                    ? client.line(resource(body), id(body), text(body, "collection"), body.get("index").asInt())
                    : client.lines(resource(body), id(body), text(body, "collection"));
            case METHOD -> client.method(resource(body), id(body), text(body, "method"), args(body));
            case LINE_METHOD -> client.lineMethod(resource(body), id(body), text(body, "collection"),
                    text(body, "method"), args(body));
            case RECORD_METHOD -> client.method(resource(body), text(body, "method"), args(body), record(body));
            case READ_WITH_BODY -> body.hasNonNull("id") ? client.readWithBody(resource(body), id(body), query(body))
                    : page(json, client.readWithBody(resource(body), query(body)));
        };
    }

    private static JsonNode page(ObjectMapper json, LogoPage page) {
        ObjectNode answer = json.createObjectNode();
        answer.put("offset", page.offset());
        page.totalCount().ifPresent(total -> answer.put("totalCount", total));
        page.next().ifPresent(next -> answer.put("next", next));
        answer.set("items", json.valueToTree(page.items()));
        return answer;
    }

    private static LogoQuery query(ObjectNode body) {
        List<String> fields = new ArrayList<>();
        body.path("fields").forEach(f -> fields.add(f.asText()));
        return new LogoQuery(optional(body, "q"), fields, optional(body, "sort"),
                body.hasNonNull("offset") ? body.get("offset").asInt() : null,
                body.hasNonNull("limit") ? body.get("limit").asInt() : null, optional(body, "expandLevel"),
                optional(body, "expand"), body.path("withCount").asBoolean(false));
    }

    /** A method's arguments, in order: {@code "args": ["0", "GOP.01"]}. */
    private static List<String> args(ObjectNode body) {
        List<String> args = new ArrayList<>();
        body.path("args").forEach(arg -> args.add(arg.asText()));
        return args;
    }

    private static String resource(ObjectNode body) {
        return text(body, "resource");
    }

    private static int id(ObjectNode body) {
        if (!body.path("id").canConvertToInt()) {
            throw new InvalidInputException("id", "must be the record's INTERNAL_REFERENCE, a whole number");
        }
        return body.get("id").asInt();
    }

    private static ObjectNode record(ObjectNode body) {
        if (!body.path("record").isObject()) {
            throw new InvalidInputException("record", "must be the Logo record as a JSON object");
        }
        return (ObjectNode) body.get("record");
    }

    private static String text(ObjectNode body, String field) {
        String value = optional(body, field);
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    private static String optional(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
