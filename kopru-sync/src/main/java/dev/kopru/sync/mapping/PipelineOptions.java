package dev.kopru.sync.mapping;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kopru.core.input.InvalidInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pipeline's options, read from its JSON once, by Jackson, into records that check their own values: the
 * {@link RunOptions} every pipeline understands and, for a pipeline between two entities or one naming a mapping
 * ({@code mapping}), that mapping's options.
 * Errors name the option ({@code options.invoiceUrlTemplate: must contain {number}}); an option nobody reads is
 * refused, so that a misspelt one is not silently ignored. {@code json} is the text as it was given and is stored.
 */
public record PipelineOptions(String json, RunOptions run, Optional<MappingOptions> mapping) {

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer,
                    CoercionAction.Fail).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** The names {@link RunOptions} reads, beside any mapping's own. */
    private static final Set<String> COMMON = Set.of("conflictPolicy", "sourceFilters", "fullRead",
            "resendInDoubtAfter", "lookBack", "writers", "transientRetryRuns", "transientRetryWait",
            "matchKey", "deletePolicy", "fieldsNotSynced");
    /** The option naming the mapping of a pipeline between the same entities ({@link Mappings}). */
    private static final String MAPPING = "mapping";
    private static final Set<String> ALSO_KNOWN = java.util.stream.Stream.concat(COMMON.stream(),
            java.util.stream.Stream.of(MAPPING)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Reads the options of a pipeline from {@code sourceEntity} to {@code targetEntity}.
     *
     * @throws InvalidInputException naming the option (or {@code targetEntity} when no mapping joins the entities)
     */
    public static PipelineOptions read(String sourceEntity, String targetEntity, String json) {
        String text = json == null || json.isBlank() ? "{}" : json;
        ObjectNode tree = tree(text);
        ObjectNode common = JSON.createObjectNode();
        ObjectNode own = JSON.createObjectNode();
        String mapping = mappingName(tree.remove(MAPPING));
        tree.properties().forEach(e -> (COMMON.contains(e.getKey()) ? common : own).set(e.getKey(), e.getValue()));
        RunOptions run = bind(common, RunOptions.class, Set.of());
        Optional<Class<? extends MappingOptions>> type = Mappings.optionsType(sourceEntity, targetEntity, mapping);
        if (type.isEmpty()) {
            bind(own, NoMapping.class, ALSO_KNOWN); // anything left is unknown
            return new PipelineOptions(text, run, Optional.empty());
        }
        return new PipelineOptions(text, run, Optional.of(bind(own, type.get(), ALSO_KNOWN)));
    }

    /** The name of the mapping a pipeline between the same entities goes through; absent is none. */
    private static String mappingName(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(MAPPING, "must be a non-empty text");
        }
        return text(MAPPING, value.textValue());
    }

    /** A pipeline that writes records as it reads them has no options of its own. */
    private record NoMapping() {
    }

    private static ObjectNode tree(String text) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidInputException("options", "not valid JSON: " + e.getOriginalMessage());
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new InvalidInputException("options", "must be a JSON object, was " + tree.getNodeType());
        }
        return object;
    }

    private static <T> T bind(ObjectNode node, Class<T> type, Set<String> alsoKnown) {
        try {
            return JSON.treeToValue(node, type);
        } catch (JacksonException e) {
            throw refusal(e, alsoKnown);
        }
    }

    /** Jackson's failure in the options' terms: the option's path and what it must be. */
    private static InvalidInputException refusal(JacksonException e, Set<String> alsoKnown) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException own) {
                return own; // a record's own check, already naming the option
            }
        }
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String field = "options" + (path.isEmpty() ? "" : "." + path);
        if (e instanceof UnrecognizedPropertyException unknown) {
            Set<String> known = new TreeSet<>(alsoKnown);
            unknown.getKnownPropertyIds().forEach(id -> known.add(id.toString()));
            return path.contains(".") ? new InvalidInputException(field, (path.startsWith("overrides.")
                    ? "cannot be overridden" : "unknown field") + "; allowed: " + String.join(", ", known))
                    : new InvalidInputException(field, "unknown option; this pipeline knows "
                            + String.join(", ", known));
        }
        Object value = e instanceof InvalidFormatException format ? format.getValue() : null;
        String was = value == null ? "" : ", was '" + value + "'";
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return new InvalidInputException(field, expected(target) + was);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "cannot be read";
        } else if (type == String.class) {
            return "must be a non-empty text";
        } else if (type == BigDecimal.class) {
            return "must be a number";
        } else if (type == Integer.class || type == int.class) {
            return "must be a whole number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        } else if (type == Duration.class) {
            return "must be an ISO-8601 duration such as PT30M";
        } else if (type == LocalDate.class) {
            return "must be a date yyyy-MM-dd";
        } else if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        } else if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be a JSON object";
        }
        return "must be a " + type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A text option, trimmed; absent stays {@code null}, blank is refused. */
    static String text(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw invalid(name, "must be a non-empty text, was '" + value + "'");
        }
        return value.strip();
    }

    /** An object of texts (a code table), trimmed; absent is empty. */
    static Map<String, String> texts(String name, Map<String, String> values) {
        if (values == null) {
            return Map.of();
        }
        Map<String, String> trimmed = new LinkedHashMap<>();
        values.forEach((key, value) -> trimmed.put(key.strip(), text(name + "." + key, value == null ? "" : value)));
        return Map.copyOf(trimmed);
    }

    static void notNegative(String name, Duration value) {
        if (value != null && value.isNegative()) {
            throw invalid(name, "must not be negative, was " + value);
        }
    }

    static InvalidInputException invalid(String name, String reason) {
        return new InvalidInputException("options." + name, reason);
    }
}
