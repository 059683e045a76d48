package dev.kopru.mikro.mapping;

import dev.kopru.core.input.InvalidInputException;
import java.util.Objects;

/**
 * A Mikro document's own key, series and sequence ("seri-sıra", e.g. {@code ALP-39}); written as
 * {@code SERIES-SEQUENCE}. The series may be empty or contain dashes; the sequence is after the last dash.
 */
public record DocumentKey(String seri, int sira) {

    public DocumentKey {
        Objects.requireNonNull(seri, "seri");
        if (sira < 1) {
            throw new InvalidInputException("sira", "must be at least 1, was " + sira);
        }
    }

    /** Reads {@code SERIES-SEQUENCE}; empty when {@code key} is not one (an unknown key, not an error). */
    public static java.util.Optional<DocumentKey> parse(String key) {
        if (key == null) {
            return java.util.Optional.empty();
        }
        int dash = key.lastIndexOf('-');
        if (dash < 0 || !key.substring(dash + 1).matches("[1-9]\\d{0,8}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DocumentKey(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1))));
    }

    @Override
    public String toString() {
        return seri + "-" + sira;
    }
}
