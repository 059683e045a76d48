package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.Address;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;
import dev.kopru.core.tax.TaxIdKind;
import dev.kopru.core.tax.TaxIds;

/**
 * Party ↔ Logo's cari card ({@code Arps}, logo.md §6.2). Key = {@code INTERNAL_REFERENCE}; natural key =
 * {@code CODE}. A TCKN goes to {@code TCKNO} with {@code PERSCOMPANY} 1, a VKN to {@code TAX_ID}. Logo's
 * {@code ACCOUNT_TYPE} 4 (group company) reads as customer and supplier. {@code CURRENCY} codes other than the local
 * one are not mapped (currency stays null); {@code eInvoiceTaxpayer} is {@code ACCEPT_EINV} [inference in logo.md].
 */
public final class PartyMapping {

    public static final String RESOURCE = "Arps";

    private PartyMapping() {
    }

    public static Party toParty(ObjectNode arp) {
        boolean person = arp.path("PERSCOMPANY").asInt(0) == 1 || LogoValues.text(arp.get("TAX_ID")) == null
                && LogoValues.text(arp.get("TCKNO")) != null;
        String taxId = LogoValues.text(arp.get(person ? "TCKNO" : "TAX_ID"));
        String line = join(LogoValues.text(arp.get("ADDRESS1")), LogoValues.text(arp.get("ADDRESS2")));
        Address address = line == null && LogoValues.text(arp.get("CITY")) == null ? null
                : new Address(line, LogoValues.text(arp.get("TOWN")), LogoValues.text(arp.get("CITY")),
                        LogoValues.text(arp.get("POSTAL_CODE")), LogoValues.text(arp.get("COUNTRY")));
        int currency = arp.path("CURRENCY").asInt(0);
        boolean active = arp.path("RECORD_STATUS").asInt(0) == 0 && arp.path("BLOCKED").asInt(0) == 0;
        return new Party(arp.path("INTERNAL_REFERENCE").asText(), LogoValues.text(arp.get("CODE")),
                LogoValues.text(arp.get("TITLE")), role(arp.path("ACCOUNT_TYPE").asInt(3)), taxId,
                LogoValues.text(arp.get("TAX_OFFICE")), address, LogoValues.text(arp.get("E_MAIL")),
                LogoValues.text(arp.get("TELEPHONE1")), currency == 0 || currency == 160 ? "TRY" : null,
                LogoValues.flag(arp.get("ACCEPT_EINV")), active, LogoValues.changedAt(arp));
    }

    /** The {@code Arps} record of {@code party} for a POST or PUT; checks the code and tax id first. */
    public static ObjectNode toArp(String operation, Party party) {
        ObjectNode arp = JsonNodeFactory.instance.objectNode();
        arp.put("CODE", Invalid.requireText(operation, "code", party.code()));
        arp.put("TITLE", Invalid.requireText(operation, "name", party.name()));
        arp.put("ACCOUNT_TYPE", accountType(party.role()));
        if (party.taxId() != null && !party.taxId().isBlank()) {
            TaxIdKind kind;
            try {
                kind = TaxIds.require("taxId", party.taxId());
            } catch (IllegalArgumentException e) {
                throw Invalid.field(operation, "taxId", e.getMessage().substring("taxId: ".length()));
            }
            if (kind == TaxIdKind.TCKN) {
                arp.put("TCKNO", party.taxId()).put("PERSCOMPANY", 1);
            } else {
                arp.put("TAX_ID", party.taxId());
            }
        }
        put(arp, "TAX_OFFICE", party.taxOffice());
        Address address = party.address();
        if (address != null) {
            put(arp, "ADDRESS1", address.line());
            put(arp, "TOWN", address.district());
            put(arp, "CITY", address.city());
            put(arp, "POSTAL_CODE", address.postalCode());
            put(arp, "COUNTRY", address.country());
        }
        put(arp, "E_MAIL", party.email());
        put(arp, "TELEPHONE1", party.phone());
        if (party.eInvoiceTaxpayer() != null) {
            arp.put("ACCEPT_EINV", party.eInvoiceTaxpayer() ? 1 : 0);
        }
        if (party.active() != null) {
            arp.put("BLOCKED", party.active() ? 0 : 1);
        }
        return arp;
    }

    static PartyRole role(int accountType) {
        return switch (accountType) {
            case 1 -> PartyRole.CUSTOMER;
            case 2 -> PartyRole.SUPPLIER;
            default -> PartyRole.CUSTOMER_AND_SUPPLIER;
        };
    }

    static int accountType(PartyRole role) {
        return role == null ? 3 : switch (role) {
            case CUSTOMER -> 1;
            case SUPPLIER -> 2;
            case CUSTOMER_AND_SUPPLIER -> 3;
        };
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " " + second;
    }

    private static void put(ObjectNode record, String field, String value) {
        if (value != null && !value.isBlank()) {
            record.put(field, value);
        }
    }
}
