package dev.kopru.farmaborsa;

import dev.kopru.connector.kit.http.CanonicalFields;
import dev.kopru.farmaborsa.mapping.ListingMapping;
import java.util.function.Supplier;

/** Renames the IlanKaydet field a vendor refusal names to the canonical field the caller set. */
final class VendorFields {

    private VendorFields() {
    }

    private static final CanonicalFields FIELDS = new CanonicalFields("FarmaBorsa",
            ListingMapping::canonicalField);

    static <R> R canonical(Supplier<R> call) {
        return FIELDS.translating(call);
    }
}
