package dev.kopru.dia.sandbox;

/**
 * A refusal in DİA's words: the string {@code code} and the {@code msg} of dia.md §2.1–2.2. Thrown anywhere in a
 * service and answered as {@code {"code": ..., "msg": ...}}.
 */
final class DiaError extends RuntimeException {

    static final String INVALID = "400";
    static final String UNAUTHORIZED = "401";
    static final String CREDIT_ERROR = "406";
    static final String LOGIN_TIMEOUT = "419";
    static final String FAILURE = "500";

    static final String NOUSER = "NOUSER";
    static final String INVALID_SESSION = "INVALID_SESSION";
    static final String INSUFFICIENT_PRIVILEGES = "INSUFFICIENT_PRIVILEGES";
    static final String MORE_THAN_ONE = "Kritere uygun birden fazla kayıt var!";
    static final String NO_LINES = "Kalem bilgisi girilmelidir!";

    private final String code;

    DiaError(String code, String msg) {
        super(msg, null, false, false);
        this.code = code;
    }

    static DiaError invalid(String msg) {
        return new DiaError(INVALID, msg);
    }

    /** The seed's text for a link or key that names no record: {@code Kayıt bulunamadı (model → {'_key': 123})}. */
    static DiaError notFound(String model, String criteria) {
        return invalid("Kayıt bulunamadı (" + model + " → " + criteria + ")");
    }

    static DiaError combo(String field, String value) {
        return invalid("Kombo değeri geçersiz (" + field + " -> " + value + ")");
    }

    /** What PostgreSQL says behind DİA when a text is longer than its column (dia.md §2.2, repr() as DİA leaks it). */
    static DiaError tooLong(int length) {
        String text = "value too long for type character varying(" + length + ")\n";
        return new DiaError(FAILURE, "DataError('" + text.replace("\n", "\\n") + "',)\n" + text);
    }

    String code() {
        return code;
    }
}
