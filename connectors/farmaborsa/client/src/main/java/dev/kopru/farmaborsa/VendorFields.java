package dev.kopru.farmaborsa;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.farmaborsa.mapping.ListingMapping;
import java.util.function.Supplier;

/** Renames the IlanKaydet field a vendor refusal names to the canonical field the caller set. */
final class VendorFields {

    private VendorFields() {
    }

    static <R> R canonical(Supplier<R> call) {
        try {
            return call.get();
        } catch (ConnectorException.Validation refused) {
            String vendor = refused.field().orElse(null);
            String canonical = ListingMapping.canonicalField(vendor);
            if (vendor == null || vendor.equals(canonical)) {
                throw refused;
            }
            throw new ConnectorException.Validation(refused.operation(), canonical, canonical + " (FarmaBorsa's "
                    + vendor + "): " + refused.getMessage(), refused.vendorMessage().orElse(null));
        }
    }
}
