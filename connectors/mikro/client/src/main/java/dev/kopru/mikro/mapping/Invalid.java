package dev.kopru.mikro.mapping;

import dev.kopru.core.connector.ConnectorException;
import java.time.LocalDate;

/** A canonical record refused before anything is sent to Mikro, so nothing can be half-written. */
public final class Invalid {

    private Invalid() {
    }

    public static ConnectorException.Validation field(String operation, String field, String reason) {
        return new ConnectorException.Validation(operation, field,
                field + ": " + reason + " (checked before " + operation + "; nothing was sent)", null);
    }

    static String requireText(String operation, String field, String value) {
        if (value == null || value.isBlank()) {
            throw field(operation, field, "required");
        }
        return value;
    }

    static LocalDate requireDate(String operation, LocalDate date) {
        if (date == null) {
            throw field(operation, "date", "required");
        }
        return date;
    }

    /** The caller's document number: it must be searchable in SQL, or a lost create could not be found by it. */
    static String documentNumber(String operation, String number) {
        String required = requireText(operation, "number", number);
        sqlText(operation, "number", required);
        return required;
    }

    /** A value written into SQL, refused in the canonical field's name. */
    static String sqlText(String operation, String field, String value) {
        try {
            return MikroSql.text(field, value);
        } catch (IllegalArgumentException e) {
            throw new ConnectorException.Validation(operation, field, e.getMessage(), null);
        }
    }
}
