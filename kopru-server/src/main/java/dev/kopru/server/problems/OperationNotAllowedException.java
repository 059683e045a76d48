package dev.kopru.server.problems;

import java.util.List;

/** The connector's descriptor does not list the operation for this entity: a 405 naming it and those it lists. */
public final class OperationNotAllowedException extends RuntimeException {

    private final String operation;
    private final List<String> allowed;

    public OperationNotAllowedException(String operation, String message, List<String> allowed) {
        super(message);
        this.operation = operation;
        this.allowed = List.copyOf(allowed);
    }

    public String operation() {
        return operation;
    }

    /** The operations the descriptor lists for the entity, e.g. {@code [LIST, GET, CREATE]}. */
    public List<String> allowed() {
        return allowed;
    }
}
