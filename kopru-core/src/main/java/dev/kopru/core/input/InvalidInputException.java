package dev.kopru.core.input;

import java.util.Objects;

/**
 * Input that Köprü itself refuses before anything reaches a vendor or a table: a configuration value, a request
 * field, a pipeline option. It names the field, so that the server can answer with it without reading the message.
 * It is an {@link IllegalArgumentException} so that code written against the JDK's type still catches it.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
        this.field = field;
        this.reason = reason;
    }

    /** The field at fault, as the caller named it, e.g. {@code options.invoiceUrlTemplate} or {@code baseUrl}. */
    public String field() {
        return field;
    }

    /** Why the value is refused, without the field's name. */
    public String reason() {
        return reason;
    }
}
