package dev.kopru.core.tax;

import java.util.Objects;

/** The outcome of checking a tax id: {@link Valid} with its kind, or {@link Invalid} with the rule that failed. */
public sealed interface TaxIdCheck permits TaxIdCheck.Valid, TaxIdCheck.Invalid {

    boolean valid();

    /** A well-formed VKN or TCKN whose check digits are right. */
    record Valid(String taxId, TaxIdKind kind) implements TaxIdCheck {
        public Valid {
            Objects.requireNonNull(taxId, "taxId");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public boolean valid() {
            return true;
        }
    }

    /**
     * An input that is not a valid tax id.
     *
     * @param input   what was checked (may be {@code null})
     * @param rule    the first rule it broke
     * @param message a sentence naming the input and the rule, for people
     */
    record Invalid(String input, Rule rule, String message) implements TaxIdCheck {
        public Invalid {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public boolean valid() {
            return false;
        }
    }

    /** The rules a tax id is checked against, in the order they are checked. */
    enum Rule { PRESENT, DIGITS_ONLY, LENGTH, TCKN_FIRST_DIGIT, TCKN_10TH_DIGIT, TCKN_11TH_DIGIT, VKN_CHECK_DIGIT }
}
