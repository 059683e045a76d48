package dev.kopru.mikro.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.input.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a {@code SqlVeriOkuV2} result set. Columns are looked up ignoring case (Mikro returns them as the
 * query wrote them, SQL Server compares names case-insensitively); amounts come back as exact decimals.
 */
public record SqlRow(ObjectNode columns) {

    public Optional<JsonNode> value(String column) {
        JsonNode exact = columns.get(column);
        if (exact != null) {
            return exact.isNull() ? Optional.empty() : Optional.of(exact);
        }
        for (Map.Entry<String, JsonNode> field : columns.properties()) {
            if (field.getKey().toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                return field.getValue().isNull() ? Optional.empty() : Optional.of(field.getValue());
            }
        }
        return Optional.empty();
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
