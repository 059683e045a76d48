package dev.kopru.server.problems;

/** An {@code Idempotency-Key} sent again with another request: 422, the first request's answer is not given. */
public final class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String message) {
        super(message);
    }
}
