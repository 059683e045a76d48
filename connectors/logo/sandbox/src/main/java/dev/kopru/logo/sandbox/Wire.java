package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Logo's wire conventions: the answer headers, link objects, decimals rendered as {@code 5.0}, error bodies. */
final class Wire {

    static final String MEDIA_TYPE = "application/json; charset=UTF-8";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final String API_VERSION = "1.0";

    /** Decimals kept exactly as sent ({@code 1.50} stays {@code 1.50}), never through double. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * Fields Logo models as decimals: answers render them with a fraction ({@code "QUANTITY": 5} comes back as
     * {@code 5.0}, seed 002), while ints such as {@code TIME} or {@code EDT_CURR} stay as sent.
     */
    private static final Set<String> DECIMALS = Set.of("QUANTITY", "PRICE", "TOTAL", "VAT", "VAT_RATE", "VAT_AMOUNT",
            "VAT_BASE", "UNIT_CONV1", "UNIT_CONV2", "DISCOUNT_RATE", "TOTAL_GROSS", "TOTAL_NET", "TOTAL_VAT",
            "TOTAL_DISCOUNTS", "TOTAL_DISCOUNTED", "TOTAL_EXPENSES", "TOTAL_NET_STR", "TC_XRATE", "RC_XRATE", "TC_NET",
            "RC_NET", "RC_RATE", "EDT_PRICE", "CURR_PRICE", "PC_PRICE", "CREDIT_LIMIT", "RISK_LIMIT", "AMOUNT",
            "DEBIT", "CREDIT", "TOTAL_DEBIT", "TOTAL_CREDIT", "TC_AMOUNT", "RC_AMOUNT", "QUANTITY_SHIPPED",
            "CONV_FACT1", "CONV_FACT2");

    private Wire() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static JsonNode parse(String text) throws JsonProcessingException {
        return JSON.readTree(text);
    }

    /** {@code {href, mediaType, apiVersion}}; without {@code href} when {@code href} is null (no such page). */
    static ObjectNode link(String href) {
        ObjectNode link = object();
        if (href != null) {
            link.put("href", href);
        }
        link.put("mediaType", MEDIA_TYPE);
        link.put("apiVersion", API_VERSION);
        return link;
    }

    /** {@code node} with Logo's decimal fields as decimals with a fraction, recursively (lines included). */
    static JsonNode normalise(JsonNode node) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, normalise(node.get(i)));
            }
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> member : List.copyOf(object.properties())) {
                JsonNode value = member.getValue();
                if (DECIMALS.contains(member.getKey()) && (value.isNumber() || isNumericText(value))) {
                    object.put(member.getKey(), withFraction(decimal(value)));
                } else if (value.isContainerNode()) {
                    normalise(value);
                }
            }
        }
        return node;
    }

    /** A number the way clients send it: a JSON number, or text holding one; null when neither. */
    static BigDecimal decimal(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal withFraction(BigDecimal value) {
        return value.scale() < 1 ? value.setScale(1) : value;
    }

    private static boolean isNumericText(JsonNode value) {
        return value.isTextual() && decimal(value) != null;
    }

    static void respond(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE).header("Server", "Microsoft-HTTPAPI/2.0")
                    .result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** The Web API's plain error: {@code {"Message": ...}}. */
    static void message(Context ctx, int status, String message) {
        respond(ctx, status, object().put("Message", message));
    }

    /** ASP.NET's validation answer: HTTP 400, {@code Message} and a {@code ModelState} of key → messages. */
    static void modelState(Context ctx, String key, String message) {
        ObjectNode body = object().put("Message", "The request is invalid.");
        body.putObject("ModelState").putArray(key).add(message);
        respond(ctx, 400, body);
    }
}
