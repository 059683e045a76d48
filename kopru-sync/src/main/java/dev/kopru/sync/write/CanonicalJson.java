package dev.kopru.sync.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Canonical records as stable JSON: keys sorted at every level, nulls dropped, numbers as plain decimals without
 * trailing zeros, times as ISO-8601. Two records with the same content give the same bytes, and so the same hash.
 */
public final class CanonicalJson {

    /** Fields that say where a record lives or when it was touched, not what it says. */
    private static final Set<String> NOT_CONTENT = Set.of("key", "changedAt");

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule()).addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The record as JSON for people (dead letters): every field, as Jackson writes it. */
    public String toJson(Object record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record: cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A record back from {@link #toJson}. */
    public <T> T fromJson(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record: cannot be read back as " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** SHA-256 (hex) of the record's content: its canonical JSON without the key and the change time. */
    public String hash(Object record) {
        JsonNode tree = mapper.valueToTree(record);
        if (tree instanceof ObjectNode object) {
            object.remove(NOT_CONTENT);
        }
        try {
            byte[] bytes = mapper.writeValueAsString(canonical(tree)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record: cannot be hashed: " + e.getOriginalMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static JsonNode canonical(JsonNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isNull() && !e.getValue().isMissingNode()) {
                    sorted.put(e.getKey(), canonical(e.getValue()));
                }
            }
            ObjectNode out = f.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = f.arrayNode();
            node.forEach(child -> out.add(canonical(child)));
            return out;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            // 99.9 and 99.90 are the same amount; vendors differ in how many zeros they send back
            return f.textNode(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        }
        return node;
    }
}
