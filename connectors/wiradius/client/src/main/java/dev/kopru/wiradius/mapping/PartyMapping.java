package dev.kopru.wiradius.mapping;

import dev.kopru.core.model.Address;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;
import dev.kopru.wiradius.client.Cari;

/**
 * A customer account as a party. The §5.5 customer type decides which tax id it carries: type 1 ("Firma Değil", an
 * individual subscriber) is a person with a TCKN and no tax office; every other type is a company with a VKN and
 * its tax office. Wiradius has no account code, so the code is the {@code cari_id}; it does not say whether an
 * account is also a supplier, nor whether it is an e-invoice taxpayer, so those stay customer and unknown.
 */
public final class PartyMapping {

    private PartyMapping() {
    }

    public static Party toParty(Cari cari) {
        boolean person = cari.person();
        String taxId = person ? first(cari.tc_no(), cari.tax_no()) : first(cari.tax_no(), cari.tc_no());
        Address address = cari.address() == null && cari.city() == null && cari.district() == null ? null
                : new Address(blankToNull(cari.address()), blankToNull(cari.district()), blankToNull(cari.city()),
                        null, "TR");
        return new Party(cari.cari_id(), cari.cari_id(), first(cari.name(), cari.title()), PartyRole.CUSTOMER, taxId,
                person ? null : blankToNull(cari.tax_office()), address, blankToNull(cari.email()),
                blankToNull(cari.phone()), Money.TRY, null, true, null);
    }

    static String first(String preferred, String otherwise) {
        return blankToNull(preferred) != null ? preferred.trim() : blankToNull(otherwise);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
