package dev.kopru.mikro.sandbox;

/**
 * A refusal in Mikro's words: {@code statusCode} goes into the envelope's {@code StatusCode} (401 auth, 400 bad
 * input, 404 unknown record, 500 SQL), {@code getMessage()} into {@code ErrorMessage}. Messages never carry secrets.
 */
final class MikroError extends RuntimeException {

    static final int AUTH = 401;
    static final int BAD_INPUT = 400;
    static final int NOT_FOUND = 404;
    static final int SERVER = 500;

    private final int statusCode;

    MikroError(int statusCode, String message) {
        super(message, null, false, false);
        this.statusCode = statusCode;
    }

    static MikroError badInput(String message) {
        return new MikroError(BAD_INPUT, message);
    }

    /** The sandbox's wording for a missing field, naming it as the request spells it. */
    static MikroError required(String field) {
        return new MikroError(BAD_INPUT, field + " alanı zorunludur");
    }

    static MikroError invalid(String field, String reason) {
        return new MikroError(BAD_INPUT, field + " alanı geçersiz: " + reason);
    }

    int statusCode() {
        return statusCode;
    }
}
