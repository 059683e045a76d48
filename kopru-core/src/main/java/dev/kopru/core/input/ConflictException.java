package dev.kopru.core.input;

import java.util.Objects;

/**
 * A request Köprü refuses because of the current state, not its form: a name taken, a stale version, a pipeline that
 * is running. It names the field, so that the server can answer with it without reading the message. It is an
 * {@link IllegalStateException} so that code written against the JDK's type still catches it.
 */
public final class ConflictException extends IllegalStateException {

    private final String field;

    public ConflictException(String field, String reason) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
        this.field = field;
    }

    /** The field whose value conflicts, e.g. {@code name} or {@code version}. */
    public String field() {
        return field;
    }
}
