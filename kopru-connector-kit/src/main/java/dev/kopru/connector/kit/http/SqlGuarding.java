package dev.kopru.connector.kit.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.connector.kit.sql.SqlField;
import dev.kopru.core.input.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The read-only SQL guard on the one send: whatever path built the request (a typed method, a raw call, a report),
 * each value of the operation's {@link VendorOperation#sqlFields() SQL fields} must pass {@link SqlField#require}
 * before anything leaves. Every occurrence counts, at any depth and in any case: vendors bind JSON and form names
 * ignoring case, so {@code sqlsorgu} is {@code SQLSorgu} to Mikro.
 */
final class SqlGuarding {

    private SqlGuarding() {
    }

    /** {@code request} with each SQL field's value as the guard allows it. */
    static VendorRequest guarded(VendorOperation op, VendorRequest request) {
        Set<SqlField> fields = op.sqlFields();
        if (fields.isEmpty()) {
            return request;
        }
        VendorRequest checked = request;
        for (SqlField field : fields) {
            checked = checked.withBody(body(field, checked.body()));
            for (Map.Entry<String, String> param : checked.query().entrySet()) {
                if (param.getKey().equalsIgnoreCase(field.name())) {
                    checked = checked.withQuery(param.getKey(), field.require(param.getValue()));
                }
            }
        }
        return checked;
    }

    private static VendorRequest.Body body(SqlField field, VendorRequest.Body body) {
        return switch (body) {
            case VendorRequest.Body.None none -> none;
            case VendorRequest.Body.Json json -> {
                JsonNode copy = json.document().deepCopy();
                check(field, copy);
                yield new VendorRequest.Body.Json(copy);
            }
            case VendorRequest.Body.Form form -> {
                Map<String, String> fields = new LinkedHashMap<>(form.fields());
                fields.replaceAll((name, value) -> name.equalsIgnoreCase(field.name()) ? field.require(value) : value);
                yield new VendorRequest.Body.Form(fields);
            }
        };
    }

    private static void check(SqlField field, JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                JsonNode value = member.getValue();
                if (!member.getKey().equalsIgnoreCase(field.name())) {
                    check(field, value);
                } else if (value.isTextual()) {
                    member.setValue(TextNode.valueOf(field.require(value.asText())));
                } else if (!value.isNull()) {
                    throw new InvalidInputException(field.name(), "must be a string of SQL, was "
                            + value.getNodeType().toString().toLowerCase(Locale.ROOT));
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(element -> check(field, element));
        }
    }
}
