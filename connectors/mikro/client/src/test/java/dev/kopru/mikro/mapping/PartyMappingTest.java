package dev.kopru.mikro.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.model.Address;
import dev.kopru.core.model.Party;
import dev.kopru.mikro.client.CariKaydi;
import org.junit.jupiter.api.Test;

class PartyMappingTest {

    // Valid ids built with their check digits, so that the tests do not depend on hand-picked numbers.
    private static final String VKN = dev.kopru.core.tax.TaxIds.completeVkn("123456789");
    private static final String TCKN = dev.kopru.core.tax.TaxIds.completeTckn("100000001");

    static Party party(String taxId) {
        return new Party("120.01.010", "120.01.010", "Ege Liman Hizmetleri A.Ş.", null, taxId, "KORDON",
                new Address("Atatürk Cd. No:5", "Konak", "İzmir", "35210", "TÜRKİYE"), "muhasebe@egeliman.com.tr",
                "05551234567", "TRY", Boolean.TRUE, null, null);
    }

    @Test
    void a_party_survives_the_round_trip_through_a_cari_card() {
        Party party = party(VKN);

        CariKaydi cari = PartyMapping.toCari("CariKaydetV2", party, null);
        Party back = PartyMapping.toParty(cari);

        assertThat(back).isEqualTo(party);
        assertThat(cari.cari_kod()).isEqualTo("120.01.010");
        assertThat(cari.cari_unvan1()).isEqualTo("Ege Liman Hizmetleri A.Ş.");
        assertThat(cari.cari_vdaire_no()).isEqualTo(VKN);
        assertThat(cari.cari_vdaire_adi()).isEqualTo("KORDON");
        assertThat(cari.cari_EMail()).isEqualTo("muhasebe@egeliman.com.tr");
        assertThat(cari.cari_CepTel()).isEqualTo("05551234567");
        assertThat(cari.cari_doviz_cinsi1()).isZero();
        assertThat(cari.adres()).singleElement().satisfies(a -> {
            assertThat(a.adr_cadde()).isEqualTo("Atatürk Cd. No:5");
            assertThat(a.adr_il()).isEqualTo("İzmir");
            assertThat(a.adr_posta_kodu()).isEqualTo(35210);
        });
    }

    @Test
    void accepts_a_tckn_for_a_person() {
        assertThat(PartyMapping.toCari("CariKaydetV2", party(TCKN), null).cari_vdaire_no()).isEqualTo(TCKN);
    }

    @Test
    void refuses_an_invalid_tax_id_naming_taxId() {
        String wrongCheckDigit = VKN.substring(0, 9) + ((VKN.charAt(9) - '0' + 1) % 10);
        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> PartyMapping.toCari("CariKaydetV2", party(wrongCheckDigit), null));
        assertThat(refused.field()).contains("taxId");
        assertThat(refused.getMessage()).contains("taxId", "check digit", "nothing was sent");
    }

    @Test
    void refuses_a_currency_whose_mikro_number_is_not_documented() {
        Party inEuro = new Party(null, "120.01.011", "Euro Ltd.", null, null, null, null, null, null, "EUR", null,
                null, null);
        assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                () -> PartyMapping.toCari("CariKaydetV2", inEuro, null)).field()).contains("currency");
    }

    @Test
    void keeps_the_leading_zero_of_an_ankara_postal_code_that_mikro_stores_as_an_int() {
        Party ankara = new Party(null, "120.01.012", "Başkent A.Ş.", null, null, null,
                new Address("Kızılay", "Çankaya", "Ankara", "06420", "TÜRKİYE"), null, null, null, null, null, null);
        CariKaydi cari = PartyMapping.toCari("CariKaydetV2", ankara, null);
        assertThat(cari.adres().get(0).adr_posta_kodu()).isEqualTo(6420);
        assertThat(PartyMapping.toParty(cari).address().postalCode()).isEqualTo("06420");
    }

    @Test
    void requires_a_code_and_a_name() {
        Party nameless = new Party(null, "120.01.013", " ", null, null, null, null, null, null, null, null, null, null);
        assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                () -> PartyMapping.toCari("CariKaydetV2", nameless, null)).field()).contains("name");
    }
}
