package dev.kopru.server.problems;

import java.util.Optional;

/** Something the request names (a connection, a pipeline, a run) does not exist here: a 404. */
public final class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String message) {
        super(message);
        this.field = null;
    }

    /** {@code field} is the request's field that named the missing thing, e.g. {@code pipeline}. */
    public NotFoundException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
