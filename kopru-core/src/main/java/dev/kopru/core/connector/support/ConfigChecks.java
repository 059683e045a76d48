package dev.kopru.core.connector.support;

import dev.kopru.core.input.InvalidInputException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Checks a connector config runs on its values, each failing with the field's name and the reason. */
public final class ConfigChecks {

    private ConfigChecks() {
    }

    /** {@code value} is an http or https URL. */
    public static void requireHttpUrl(URI value, String field) {
        Objects.requireNonNull(value, field);
        if (value.getScheme() == null || !value.getScheme().matches("https?")) {
            throw new InvalidInputException(field, "must be an http or https URL, was '" + value + "'");
        }
    }

    /** {@code value} is present and not blank. */
    public static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
    }

    /** {@code value} is present and longer than zero. */
    public static void requirePositive(Duration value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidInputException(field, "must be positive, was " + value);
        }
    }

    /** {@code min <= value <= max}. */
    public static void requireBetween(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "must be between " + min + " and " + max + ", was " + value);
        }
    }
}
