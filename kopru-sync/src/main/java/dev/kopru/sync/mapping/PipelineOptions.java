package dev.kopru.sync.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.input.InvalidInputException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pipeline's options JSON, read with errors that name the option: {@code options.itemCodes: must be an object of
 * barcode → stock code}. Every reader refuses what it does not know, so that a misspelt option is not silently
 * ignored ({@link #refuseOthers}).
 */
public final class PipelineOptions {

    /** Options every one-way pipeline understands, whatever its mapping. */
    public static final Set<String> COMMON = Set.of("conflictPolicy", "sourceFilters", "fullRead",
            "resendInDoubtAfter", "lookBack");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;

    private PipelineOptions(ObjectNode root) {
        this.root = root;
    }

    public static PipelineOptions parse(String optionsJson) {
        if (optionsJson == null || optionsJson.isBlank()) {
            return new PipelineOptions(JSON.createObjectNode());
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(optionsJson);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("options", "not valid JSON: " + e.getOriginalMessage());
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new InvalidInputException("options", "must be a JSON object, was " + tree.getNodeType());
        }
        return new PipelineOptions(object);
    }

    /** Refuses any option outside {@code known} and {@link #COMMON}, naming it and what is allowed. */
    public void refuseOthers(Set<String> known) {
        for (String name : (Iterable<String>) root::fieldNames) {
            if (!known.contains(name) && !COMMON.contains(name)) {
                Set<String> allowed = new TreeSet<>(known);
                allowed.addAll(COMMON);
                throw new InvalidInputException("options." + name, "unknown option; this pipeline knows "
                        + String.join(", ", allowed));
            }
        }
    }

    public Optional<String> text(String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw invalid(name, "must be a non-empty text, was " + value);
        }
        return Optional.of(value.asText().trim());
    }

    public boolean bool(String name, boolean absent) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw invalid(name, "must be true or false, was " + value);
        }
        return value.asBoolean();
    }

    public Optional<Integer> positiveInt(String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToExactIntegral() || value.asInt() < 1) {
            throw invalid(name, "must be a whole number of at least 1, was " + value);
        }
        return Optional.of(value.asInt());
    }

    public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.get()));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", was '" + text.get() + "'");
        }
    }

    /** An ISO-8601 duration such as {@code PT30M}, not negative. */
    public Optional<java.time.Duration> duration(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            java.time.Duration d = java.time.Duration.parse(text.get());
            if (d.isNegative()) {
                throw invalid(name, "must not be negative, was " + text.get());
            }
            return Optional.of(d);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(name, "must be an ISO-8601 duration such as PT30M, was '" + text.get() + "'");
        }
    }

    /** A JSON object of texts, e.g. a code table; empty when absent. */
    public Map<String, String> textMap(String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw invalid(name, "must be a JSON object of texts, was " + value.getNodeType());
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                throw invalid(name + "." + entry.getKey(), "must be a non-empty text, was " + entry.getValue());
            }
            map.put(entry.getKey().trim(), entry.getValue().asText().trim());
        }
        return Map.copyOf(map);
    }

    /** A JSON object of JSON objects, e.g. per-record overrides; empty when absent. */
    public Map<String, ObjectNode> objectMap(String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw invalid(name, "must be a JSON object, was " + value.getNodeType());
        }
        Map<String, ObjectNode> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (!(entry.getValue() instanceof ObjectNode object)) {
                throw invalid(name + "." + entry.getKey(), "must be a JSON object, was " + entry.getValue());
            }
            map.put(entry.getKey().trim(), object);
        }
        return Map.copyOf(map);
    }

    /** An http(s) URL template holding {@code placeholder}, e.g. {@code https://erp.example.com/f/{number}.pdf}. */
    public Optional<String> urlTemplate(String name, String placeholder) {
        Optional<String> template = text(name);
        if (template.isEmpty()) {
            return template;
        }
        if (!template.get().contains(placeholder)) {
            throw invalid(name, "must contain " + placeholder + ", was '" + template.get() + "'");
        }
        try {
            URI uri = URI.create(template.get().replace(placeholder, "X"));
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw invalid(name, "must be an http(s) URL with a host, was '" + template.get() + "'");
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("options.")) {
                throw e;
            }
            throw invalid(name, "is not a URL: " + e.getMessage());
        }
        return template;
    }

    /** Reads one field of an override object as a decimal, a whole number, a date or a boolean. */
    public static BigDecimal decimal(String path, JsonNode value) {
        if (!value.isNumber()) {
            throw invalid(path, "must be a number, was " + value);
        }
        return value.decimalValue();
    }

    public static LocalDate date(String path, JsonNode value) {
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw invalid(path, "must be a date yyyy-MM-dd, was " + value);
        }
    }

    public static IllegalArgumentException invalid(String name, String reason) {
        return new InvalidInputException("options." + name, reason);
    }
}
