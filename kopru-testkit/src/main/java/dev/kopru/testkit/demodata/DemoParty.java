package dev.kopru.testkit.demodata;

import dev.kopru.core.model.Address;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;

/**
 * A demo customer or supplier (cari). Companies have a VKN and a tax office, persons a TCKN, a first and a last name
 * and no tax office ({@code null}); for companies the name parts are {@code null}.
 *
 * @param index the record's position in its {@link DemoData}
 * @param code  Mikro-style account code: {@code 120.01.00001} for customers, {@code 320.01.00001} for suppliers
 */
public record DemoParty(int index, String code, PartyRole role, Kind kind, String name, String firstName,
                        String lastName, String taxId, String taxOffice, Address address, String email, String phone,
                        boolean eInvoiceTaxpayer) {

    public enum Kind { COMPANY, PERSON }

    /** The canonical party, as a connector would be asked to create it (no vendor key, active, in TRY). */
    public Party toParty() {
        return Party.builder().code(code).name(name).role(role).taxId(taxId).taxOffice(taxOffice).address(address)
                .email(email).phone(phone).currency("TRY").eInvoiceTaxpayer(eInvoiceTaxpayer).active(true).build();
    }
}
