package dev.kopru.logo.sandbox;

/**
 * A record Logo Objects refuses to save: answered as HTTP 400 with {@code ModelState} {@code {key: [message]}}.
 * Keys are Logo Objects' numeric codes where logo.md shows one ({@code 207}: unknown cari code) and the field's name
 * otherwise [inference]; the texts are Logo's Turkish wording as far as logo.md gives it.
 */
record Refusal(String key, String message) {

    static Refusal unknownArp(String code) {
        return new Refusal("207", "Cari hesap kodu bulunamadı: " + code);
    }
}
