package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reading values as third-party DİA clients send them (dia.md §5.1, §6): numbers as strings, booleans as
 * {@code "True"}, empty strings for absent lists and objects.
 */
final class Values {

    private Values() {
    }

    /** The text of a scalar; null for null, missing, empty text and containers. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isEmpty() ? null : text;
    }

    /** A whole number sent as a number or as digits; null when absent or not a number. */
    static Long whole(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal decimal(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** DİA's decimal on the wire: a string with 6 decimals ({@code "1.000000"}). */
    static String wire(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code true}, {@code "True"}, {@code "true"}, {@code 1}; anything else is false. */
    static boolean flag(JsonNode node) {
        String text = text(node);
        return text != null && (text.equalsIgnoreCase("true") || text.equals("1"));
    }

    /** A key as it is shown: digits without decimals. */
    static String key(long key) {
        return Long.toString(key);
    }
}
