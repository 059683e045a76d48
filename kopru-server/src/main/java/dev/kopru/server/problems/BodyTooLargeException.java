package dev.kopru.server.problems;

import java.io.IOException;

/** A request body over the API's limit, found while it was being read (a body sent without a length): a 413. */
public final class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("body: larger than the API's limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
