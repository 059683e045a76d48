package dev.kopru.farmaborsa.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request body read the way an ASP.NET model binder reads it (farmaborsa.md §1, §6.4): names matched ignoring
 * case, numbers and booleans accepted as strings ({@code "adet":"5"}, {@code "aktif":"1"}), {@code ""} and
 * {@code null} meaning absent ({@code "maxAdet":""}), unknown names ignored. A value that cannot be read is a
 * {@link Refusal} naming the field and the value.
 */
final class Body {

    private final ObjectNode json;

    private Body(ObjectNode json) {
        this.json = json;
    }

    /** The body, or empty when it is not a JSON object. */
    static Optional<Body> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = SandboxJson.parse(text);
            return node instanceof ObjectNode object ? Optional.of(new Body(object)) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static Body of(ObjectNode json) {
        return new Body(json);
    }

    /** The value under {@code name} (case ignored), or null when absent or JSON null. */
    JsonNode get(String name) {
        JsonNode exact = json.get(name);
        if (exact != null) {
            return exact.isNull() ? null : exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().trim().equalsIgnoreCase(name)) {
                return field.getValue().isNull() ? null : field.getValue();
            }
        }
        return null;
    }

    /** Text exactly as sent (credentials are compared untrimmed); empty string when absent. */
    String raw(String name) {
        JsonNode value = get(name);
        if (value == null || value.isContainerNode()) {
            return "";
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }

    /** Text of a string, number or boolean, trimmed; empty when absent or blank. */
    Optional<String> text(String name) {
        JsonNode value = get(name);
        if (value == null || value.isContainerNode()) {
            return Optional.empty();
        }
        String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText().trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A whole number; {@code 5}, {@code "5"} and {@code 5.0} are 5; {@code ""} is absent. */
    Optional<Integer> integer(String name) {
        Optional<BigDecimal> number = number(name, "tam sayı olmalıdır");
        if (number.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.get().intValueExact());
        } catch (ArithmeticException e) {
            throw Refusal.invalid(name, "tam sayı olmalıdır", shown(name));
        }
    }

    int integer(String name, int absent) {
        return integer(name).orElse(absent);
    }

    /** A decimal; a JSON number, or a string with a decimal point or a Turkish decimal comma. */
    Optional<BigDecimal> decimal(String name) {
        return number(name, "sayı olmalıdır");
    }

    private Optional<BigDecimal> number(String name, String rule) {
        JsonNode value = get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (value.isBoolean() || value.isContainerNode()) {
            throw Refusal.invalid(name, rule, shown(name));
        }
        String text = value.asText().trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.matches("-?\\d+,\\d+")) {
            text = text.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw Refusal.invalid(name, rule, shown(name));
        }
    }

    /** A boolean: {@code true}/{@code false} in any case, as JSON or text, or 1/0. */
    Optional<Boolean> bool(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        String text = value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString()
                : value.asText().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "" -> Optional.empty();
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> throw Refusal.invalid(name, "true veya false olmalıdır", shown(name));
        };
    }

    /** How a bad value is quoted in a message: as sent, cut short. */
    String shown(String name) {
        JsonNode value = get(name);
        String text = value == null ? "" : value.isTextual() ? value.asText() : value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
