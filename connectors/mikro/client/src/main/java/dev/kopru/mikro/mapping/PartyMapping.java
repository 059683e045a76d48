package dev.kopru.mikro.mapping;

import dev.kopru.core.model.Address;
import dev.kopru.core.model.Party;
import dev.kopru.core.tax.TaxIdCheck;
import dev.kopru.core.tax.TaxIds;
import dev.kopru.mikro.client.CariAdres;
import dev.kopru.mikro.client.CariKaydi;
import dev.kopru.mikro.client.MikroDates;
import java.util.List;

/**
 * Party ↔ cari card. {@code code} is {@code cari_kod} (also the key: Mikro's cards are addressed by code),
 * {@code taxId} is {@code cari_vdaire_no} (VKN or TCKN), the address is {@code adres[0]}. Not mapped, because Mikro's
 * API documents no field for them: {@code role} and {@code active}.
 */
public final class PartyMapping {

    private PartyMapping() {
    }

    /**
     * The card to send; refuses, naming the field, a party Mikro would store wrongly.
     *
     * @param guid {@code cari_Guid} for {@code CariGuncelleV2}, {@code null} for a create
     */
    public static CariKaydi toCari(String operation, Party party, String guid) {
        Invalid.requireText(operation, "code", party.code());
        Invalid.requireText(operation, "name", party.name());
        if (party.taxId() != null && !party.taxId().isBlank()
                && TaxIds.check(party.taxId()) instanceof TaxIdCheck.Invalid invalid) {
            throw Invalid.field(operation, "taxId", invalid.message());
        }
        int currency = Currencies.toMikro(operation, "currency", party.currency());
        Integer eInvoice = party.eInvoiceTaxpayer() == null ? null : party.eInvoiceTaxpayer() ? 1 : 0;
        List<CariAdres> addresses = party.address() == null ? null : List.of(toAdres(operation, party.address()));
        return new CariKaydi(guid, party.code(), party.name(), null, blankToNull(party.taxOffice()),
                blankToNull(party.taxId()), currency, MikroCodes.DOVIZ_YOK, MikroCodes.DOVIZ_YOK,
                blankToNull(party.email()), blankToNull(party.phone()), eInvoice, null, addresses);
    }

    private static final int ADDRESS_FIELD = 50;

    private static CariAdres toAdres(String operation, Address address) {
        Integer postalCode = null;
        if (address.postalCode() != null && !address.postalCode().isBlank()) {
            if (!address.postalCode().matches("\\d{5}")) {
                throw Invalid.field(operation, "address.postalCode",
                        "'" + address.postalCode() + "' is not a 5-digit Turkish postal code (Mikro stores an int)");
            }
            postalCode = Integer.parseInt(address.postalCode());
        }
        String[] line = splitLine(operation, blankToNull(address.line()));
        return new CariAdres(line[0], null, line[1], blankToNull(address.district()),
                blankToNull(address.city()), blankToNull(address.country()), postalCode, null, null);
    }

    /**
     * Mikro's street fields hold 50 characters each: a longer line goes into {@code adr_cadde} up to its last space
     * within 50, the rest into {@code adr_sokak}; read back, the two are joined with a space.
     */
    private static String[] splitLine(String operation, String line) {
        if (line == null || line.length() <= ADDRESS_FIELD) {
            return new String[] {line, null};
        }
        int cut = line.lastIndexOf(' ', ADDRESS_FIELD);
        cut = cut < 1 ? ADDRESS_FIELD : cut;
        String rest = line.substring(cut).trim();
        if (rest.length() > ADDRESS_FIELD) {
            throw Invalid.field(operation, "address.line", "is " + line.length() + " characters; Mikro keeps at most"
                    + " two fields of " + ADDRESS_FIELD + " (adr_cadde, adr_sokak)");
        }
        return new String[] {line.substring(0, cut).trim(), rest};
    }

    /** The canonical party of a card read from Mikro. */
    public static Party toParty(CariKaydi cari) {
        Address address = cari.adres() == null || cari.adres().isEmpty() ? null : toAddress(cari.adres().get(0));
        Boolean eInvoice = cari.cari_efatura_fl() == null ? null : cari.cari_efatura_fl() == 1;
        return new Party(cari.cari_kod(), cari.cari_kod(), cari.cari_unvan1(), null, blankToNull(cari.cari_vdaire_no()),
                blankToNull(cari.cari_vdaire_adi()), address, blankToNull(cari.cari_EMail()),
                blankToNull(cari.cari_CepTel()), Currencies.fromMikro(cari.cari_doviz_cinsi1()), eInvoice, null,
                cari.cari_lastup_date() == null || cari.cari_lastup_date().isBlank() ? null
                        : MikroDates.parseInstant(cari.cari_lastup_date()));
    }

    private static Address toAddress(CariAdres adres) {
        // Mikro keeps the postal code as an int, which drops the leading zero of e.g. Ankara's 06xxx.
        String postalCode = adres.adr_posta_kodu() == null || adres.adr_posta_kodu() == 0 ? null
                : String.format("%05d", adres.adr_posta_kodu());
        String line = blankToNull(adres.adr_sokak()) == null ? adres.adr_cadde()
                : (adres.adr_cadde() == null ? "" : adres.adr_cadde() + " ") + adres.adr_sokak();
        return new Address(line, adres.adr_ilce(), adres.adr_il(), postalCode, adres.adr_ulke());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
