package dev.kopru.core.model;

import java.time.Instant;

/**
 * A customer or supplier (cari). {@code taxId} is a VKN (10 digits, companies) or a TCKN (11 digits, persons);
 * see {@link dev.kopru.core.tax.TaxIds}. {@code currency} is an ISO 4217 code such as {@code TRY}.
 */
public record Party(String key, String code, String name, PartyRole role, String taxId, String taxOffice,
                    Address address, String email, String phone, String currency, Boolean eInvoiceTaxpayer,
                    Boolean active, Instant changedAt) implements CanonicalRecord {
}
