package dev.kopru.dia.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kopru.core.model.Address;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;
import dev.kopru.dia.client.CariKart;
import dev.kopru.dia.client.DiaDates;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Party ↔ {@code scf_carikart} (dia.md §7.1). Role ↔ {@code carikarttipi} ({@code AL} customer, {@code SA}
 * supplier, {@code AS} both); the tax id goes to {@code verginumarasi} (10 digits) or {@code tckimlikno} (11); the tax
 * office is the {@code _key_sis_vergidairesi} link, written as a filter on the office's {@code kod}
 * (found by name with or without "Vergi Dairesi" by the connector's {@code TaxOffices}); the address is the
 * main {@code m_adresler} line. DİA's list rows carry no addresses: a party read from a list has none, one got by key
 * has it. Currency and the e-invoice flag are not mapped (the reference names no such cari fields).
 */
public final class PartyMapping {

    private PartyMapping() {
    }

    public static Party toParty(CariKart cari) {
        String taxId = present(cari.verginumarasi()) ? cari.verginumarasi() : cari.tckimlikno();
        return new Party(cari._key(), cari.carikartkodu(), cari.unvan(), role(cari.carikarttipi()), taxId,
                taxOffice(cari), address(cari.m_adresler()), cari.eposta(), cari.telefon1(), null, null,
                !"P".equals(cari.durum()), DiaDates.instant(cari._date()));
    }

    /**
     * The card to write; {@code key} is DİA's {@code _key} for an update, null for a create; {@code officeKod} gives
     * the {@code kod} in the firm's table of the office the party names.
     */
    public static CariKart toCari(Party party, String key, UnaryOperator<String> officeKod) {
        String taxId = party.taxId();
        boolean person = taxId != null && taxIdField(taxId).equals("tckimlikno");
        JsonNode office = present(party.taxOffice())
                ? JsonNodeFactory.instance.objectNode().put("kod", officeKod.apply(party.taxOffice())) : null;
        Address a = party.address();
        List<CariKart.CariAdres> addresses = a == null ? null : List.of(new CariKart.CariAdres(null, "MERKEZ", "F", "1",
                a.line(), null, a.district(), a.city(), a.postalCode()));
        return new CariKart(key, party.code(), party.name(), carikarttipi(party.role()),
                party.active() == null ? null : party.active() ? "A" : "P", person ? null : taxId,
                person ? taxId : null, office, null, null, party.email(), party.phone(), null,
                key == null ? addresses : null, null, null);
    }

    /** The cari field a VKN (10 digits) or TCKN (11) is kept in. */
    public static String taxIdField(String taxId) {
        return taxId.length() == 11 ? "tckimlikno" : "verginumarasi";
    }

    static PartyRole role(String carikarttipi) {
        return switch (carikarttipi == null ? "" : carikarttipi) {
            case "SA" -> PartyRole.SUPPLIER;
            case "AS" -> PartyRole.CUSTOMER_AND_SUPPLIER;
            default -> PartyRole.CUSTOMER;
        };
    }

    static String carikarttipi(PartyRole role) {
        if (role == null) {
            return null;
        }
        return switch (role) {
            case CUSTOMER -> "AL";
            case SUPPLIER -> "SA";
            case CUSTOMER_AND_SUPPLIER -> "AS";
        };
    }

    /** The office's {@code kod}: from the resolved link of a card got by key, else the list row's {@code dairekodu}. */
    private static String taxOffice(CariKart cari) {
        JsonNode link = cari._key_sis_vergidairesi();
        if (link != null && link.isObject()) {
            return link.path("kod").asText(null);
        }
        return cari.dairekodu();
    }

    private static Address address(List<CariKart.CariAdres> addresses) {
        if (addresses == null || addresses.isEmpty()) {
            return null;
        }
        CariKart.CariAdres main = addresses.stream().filter(x -> "1".equals(x.anaadres())).findFirst()
                .orElse(addresses.getFirst());
        return new Address(main.adres1(), main.ilce(), main.sehir(), main.postakodu(), null);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
