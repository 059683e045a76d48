package dev.kopru.connector.kit.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON configuration every vendor client starts from: exact amounts, lenient reading, absent fields left out. */
public final class VendorJson {

    private VendorJson() {
    }

    /**
     * A new mapper: field names as written in the wire records, absent fields left out, amounts as exact decimals in
     * both directions (never through double), and lenient reading as vendors need it: unknown fields ignored, names
     * matched case-insensitively, numbers accepted as strings, a single object where a list is expected, an empty
     * string as an absent object.
     */
    public static ObjectMapper mapper() {
        return builder().build();
    }

    /** The builder behind {@link #mapper()}, for a vendor that needs one more setting. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
    }

    /** A member of {@code node} by name in any case (a vendor's serializer decides the casing); missing if absent. */
    public static JsonNode member(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return MissingNode.getInstance();
        }
        JsonNode exact = node.get(name);
        if (exact != null) {
            return exact;
        }
        for (var each : node.properties()) {
            if (each.getKey().equalsIgnoreCase(name)) {
                return each.getValue();
            }
        }
        return MissingNode.getInstance();
    }
}
