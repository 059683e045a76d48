package dev.kopru.sync.mapping;

import dev.kopru.core.model.Address;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Party;
import java.util.Objects;

/**
 * The party a target opens for a source's customer or buyer: keyed by its VKN/TCKN and coded {@code codePrefix} + that
 * tax id, so that every pipeline into the target finds or makes the same card for the same customer.
 */
final class Customers {

    private Customers() {
    }

    /** A code prefix option, {@code fallback} when absent; short enough for a TCKN after it in a 25-character code. */
    static String codePrefix(String option, String value, String fallback) {
        String prefix = Objects.requireNonNullElse(PipelineOptions.text(option, value), fallback);
        if (prefix.length() > 14) {
            throw PipelineOptions.invalid(option, "must be at most 14 characters (a cari code has 25, a TCKN takes"
                    + " 11), was '" + prefix + "'");
        }
        return prefix;
    }

    /**
     * {@code party} as the target's card.
     *
     * @throws MappingException naming {@code field} when the party has no tax id to find or open a card by
     */
    static Party of(Party party, String codePrefix, String field) {
        if (party == null || party.taxId() == null || party.taxId().isBlank()) {
            throw new MappingException(field, "no VKN/TCKN to find or open a cari by");
        }
        String taxId = party.taxId().trim(); // checked by the target, which refuses a bad one with its own words
        return party.toBuilder().key(taxId).code(codePrefix + taxId).taxId(taxId).address(street(party.address()))
                .currency(Money.TRY).active(null).changedAt(null).build();
    }

    /** The address without the "district/city" its line ends with when those were read into their own fields. */
    static Address street(Address address) {
        if (address == null || address.line() == null || address.district() == null || address.city() == null) {
            return address;
        }
        String tail = address.district() + "/" + address.city();
        String line = address.line().trim();
        if (!line.endsWith(tail) || line.length() == tail.length()) {
            return address;
        }
        String street = line.substring(0, line.length() - tail.length()).trim().replaceAll("[,\\s]+$", "");
        return new Address(street, address.district(), address.city(), address.postalCode(), address.country());
    }
}
