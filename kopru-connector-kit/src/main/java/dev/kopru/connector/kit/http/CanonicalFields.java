package dev.kopru.connector.kit.http;

import dev.kopru.core.connector.ConnectorException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Vendors refuse in their own field names ({@code cha_kod}, {@code _key_scf_carikart}); callers write canonical
 * records ({@code partyCode}). A refusal naming a vendor field is re-issued naming the canonical field, with the
 * vendor's field and words kept, so that a dead letter tells the caller which of its own fields to fix.
 *
 * @param vendor    the vendor's name in messages, e.g. {@code "Mikro"}
 * @param canonical the canonical field of a vendor field, or null when it has none
 */
public record CanonicalFields(String vendor, Function<String, String> canonical) {

    public CanonicalFields {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(canonical, "canonical");
    }

    /** Runs a client call, translating a vendor refusal's field; everything else passes through. */
    public <R> R translating(Supplier<R> call) {
        try {
            return call.get();
        } catch (ConnectorException.Validation refused) {
            throw translate(refused);
        }
    }

    /** {@code refused} naming the canonical field, or {@code refused} itself when its field has none. */
    public ConnectorException.Validation translate(ConnectorException.Validation refused) {
        String field = refused.field().orElse(null);
        String translated = field == null ? null : canonical.apply(field);
        if (translated == null || translated.equals(field)) {
            return refused;
        }
        String said = refused.vendorMessage().orElse(refused.getMessage());
        return new ConnectorException.Validation(refused.operation(), translated, refused.operation() + ": " + vendor
                + " refused " + translated + " (" + vendor + " field " + field + "): " + said,
                refused.vendorMessage().orElse(null));
    }
}
