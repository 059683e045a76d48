package dev.kopru.mikro.mapping;

import dev.kopru.core.input.InvalidInputException;

/**
 * Writing values into the SQL that {@code SqlVeriOkuV2} runs. Nothing from a caller is concatenated raw: text goes
 * through {@link #text}, which doubles single quotes (the only escape T-SQL string literals have) and refuses control
 * characters, which have no business in a code or document number and could hide a second statement from a reader.
 */
public final class MikroSql {

    private MikroSql() {
    }

    /**
     * A T-SQL string literal for {@code value}.
     *
     * @throws IllegalArgumentException naming {@code field} when the value is null or holds a control character
     */
    public static String text(String field, String value) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new InvalidInputException(field, "contains a control character (U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1) + "), which is not allowed");
            }
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /** An integer literal; ints cannot carry SQL. */
    public static String number(int value) {
        return Integer.toString(value);
    }

    /** A column name from configuration: letters, digits and underscores only. */
    public static String column(String field, String name) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
            throw new InvalidInputException(field, "'" + name + "' is not a column name (letters, digits, _)");
        }
        return name;
    }
}
