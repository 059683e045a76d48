package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads request JSON the way Mikro tolerates it (mikro.md §5): keys matched ignoring case and surrounding blanks,
 * one object where an array is expected, numbers sent as strings, empty strings for absent values.
 */
final class Fields {

    private Fields() {
    }

    /** The value under {@code name} (case and blanks ignored), or null when absent or JSON null. */
    static JsonNode get(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact.isNull() ? null : exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().trim().equalsIgnoreCase(name)) {
                return field.getValue().isNull() ? null : field.getValue();
            }
        }
        return null;
    }

    /** The first of the objects that has {@code name}, e.g. the body's top level, then its {@code Mikro} block. */
    static JsonNode find(String name, JsonNode... objects) {
        for (JsonNode object : objects) {
            JsonNode value = get(object, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The objects under {@code name}: none, the one object, or each element of the array. */
    static List<ObjectNode> objects(JsonNode value, String name) {
        List<ObjectNode> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value instanceof ObjectNode object) {
            result.add(object);
            return result;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!(element instanceof ObjectNode object)) {
                    throw MikroError.invalid(name, "nesne veya nesne dizisi olmalıdır");
                }
                result.add(object);
            }
            return result;
        }
        throw MikroError.invalid(name, "nesne veya nesne dizisi olmalıdır");
    }

    /** Text of a string or number; empty when absent or blank. */
    static Optional<String> text(JsonNode object, String name) {
        JsonNode value = get(object, name);
        if (value == null || value.isContainerNode()) {
            return Optional.empty();
        }
        String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
        return text.isBlank() ? Optional.empty() : Optional.of(text.trim());
    }

    static String requiredText(JsonNode object, String name) {
        return text(object, name).orElseThrow(() -> MikroError.required(name));
    }

    static Optional<Long> whole(JsonNode object, String name) {
        return Values.whole(get(object, name), name);
    }

    static Optional<BigDecimal> decimal(JsonNode object, String name) {
        return Values.decimal(get(object, name), name);
    }

    static Optional<LocalDate> date(JsonNode object, String name) {
        return Values.dateTime(get(object, name), name).map(LocalDateTime::toLocalDate);
    }

    static Optional<LocalDateTime> dateTime(JsonNode object, String name) {
        return Values.dateTime(get(object, name), name);
    }

    /** Sets {@code name} unless the object already has it under any spelling. */
    static void putIfAbsent(ObjectNode object, String name, JsonNode value) {
        if (get(object, name) == null && value != null) {
            removeAll(object, name);
            object.set(name, value);
        }
    }

    /** Sets {@code name}, replacing every spelling of it the client used. */
    static void put(ObjectNode object, String name, JsonNode value) {
        removeAll(object, name);
        object.set(name, value);
    }

    private static void removeAll(ObjectNode object, String name) {
        List<String> spellings = new ArrayList<>();
        object.fieldNames().forEachRemaining(key -> {
            if (key.trim().equalsIgnoreCase(name)) {
                spellings.add(key);
            }
        });
        spellings.forEach(object::remove);
    }
}
