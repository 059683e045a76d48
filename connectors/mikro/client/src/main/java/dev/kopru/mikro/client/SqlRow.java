package dev.kopru.mikro.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kopru.core.input.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a {@code SqlVeriOkuV2} result set. Columns are looked up ignoring case (Mikro returns them as the
 * query wrote them, SQL Server compares names case-insensitively); amounts come back as exact decimals. Values are
 * read as a real server writes them (mikro.md §12.4) and as older answers did: codes as strings or numbers, bits as
 * booleans or 0/1, datetimes with a space or a {@code T}, Guids upper case in braces or bare — a Guid is always
 * given back bare and lower case, so that a key read once is the same key read again.
 */
public record SqlRow(ObjectNode columns) {

    private static final Pattern BRACED_GUID =
            Pattern.compile("\\{([0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12})}");

    public Optional<JsonNode> value(String column) {
        JsonNode exact = columns.get(column);
        if (exact != null) {
            return exact.isNull() ? Optional.empty() : Optional.of(canonical(exact));
        }
        for (Map.Entry<String, JsonNode> field : columns.properties()) {
            if (field.getKey().toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                return field.getValue().isNull() ? Optional.empty() : Optional.of(canonical(field.getValue()));
            }
        }
        return Optional.empty();
    }

    private static JsonNode canonical(JsonNode value) {
        if (value.isTextual()) {
            Matcher guid = BRACED_GUID.matcher(value.asText().trim());
            if (guid.matches()) {
                return TextNode.valueOf(guid.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return value;
    }

    /** A {@code bit}: {@code true}/{@code false} as real servers write it, or 0/1; {@code null} when absent. */
    public Boolean flag(String column) {
        return value(column).map(v -> v.isBoolean() ? v.booleanValue()
                : decimal(column).signum() != 0).orElse(null);
    }

    /** The column as text; {@code null} when absent or SQL NULL. */
    public String text(String column) {
        return value(column).map(JsonNode::asText).orElse(null);
    }

    public BigDecimal decimal(String column) {
        return value(column).map(v -> v.isNumber() ? v.decimalValue() : parseDecimal(column, v.asText()))
                .orElse(null);
    }

    public Integer integer(String column) {
        BigDecimal value = decimal(column);
        return value == null ? null : value.intValueExact();
    }

    public LocalDate date(String column) {
        String text = text(column);
        return text == null || text.isBlank() ? null : MikroDates.parseDate(text);
    }

    public Instant instant(String column) {
        String text = text(column);
        return text == null || text.isBlank() ? null : MikroDates.parseInstant(text);
    }

    private static BigDecimal parseDecimal(String column, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(column, "'" + text + "' is not a number");
        }
    }
}
