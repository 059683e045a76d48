package dev.kopru.server.problems;

/** Something the request names (a connection, a pipeline, a run) does not exist here: a 404. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
