package dev.kopru.farmaborsa.sandbox;

/**
 * A business refusal: answered with HTTP 200, {@code "hata": true} and this {@code mesaj} (farmaborsa.md §1-2). The
 * message names the field and the value, never a credential.
 */
final class Refusal extends RuntimeException {

    Refusal(String mesaj) {
        super(mesaj, null, false, false);
    }

    static Refusal required(String field) {
        return new Refusal(field + " zorunludur");
    }

    static Refusal invalid(String field, String rule, Object value) {
        return new Refusal(field + " " + rule + ": '" + value + "'");
    }
}
