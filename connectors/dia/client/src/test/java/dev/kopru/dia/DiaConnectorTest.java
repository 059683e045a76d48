package dev.kopru.dia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Party;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.dia.sandbox.DiaSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connector opened the way the server opens it, against the sandbox with dia.md's golden records. */
class DiaConnectorTest {

    private final Sandbox sandbox = Sandbox.start(new DiaSandbox(DiaSandboxOptions.goldenExamples().build()), 0);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Connector open(Map<String, String> changes) {
        ConnectorFactory factory = ServiceLoader.load(ConnectorFactory.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.descriptor().vendor().equals("dia")).findFirst().orElseThrow();
        Map<String, String> values = new HashMap<>(Map.of("baseUrl", sandbox.baseUri().toString(), "username", "ws",
                "password", "ws", "apiKey", "APIKEY-123", "firmaKodu", "34", "donemKodu", "1"));
        values.putAll(changes);
        return factory.open(ConnectionConfig.of(factory.descriptor(), values));
    }

    @Test
    void the_connection_test_says_which_firm_or_period_the_user_may_not_use() {
        try (Connector ok = open(Map.of())) {
            ok.check();
        }
        try (Connector otherFirm = open(Map.of("firmaKodu", "35"))) {
            var refused = catchThrowableOfType(ConnectorException.Validation.class, otherFirm::check);
            assertThat(refused.field()).contains("firmaKodu");
            assertThat(refused.getMessage()).contains("may use: 34 ÖRNEK GIDA A.Ş.");
        }
        try (Connector otherPeriod = open(Map.of("donemKodu", "2"))) {
            assertThat(catchThrowableOfType(ConnectorException.Validation.class, otherPeriod::check).field())
                    .contains("donemKodu");
        }
    }

    @Test
    void a_config_value_of_the_wrong_kind_is_refused_naming_the_field() {
        var refused = catchThrowableOfType(InvalidInputException.class, () -> open(Map.of("disconnectSameUser", "ja")));
        assertThat(refused.field()).isEqualTo("disconnectSameUser");
    }

    @Test
    void finds_a_cari_by_its_vkn_or_tckn_as_the_buyer_lookup_of_the_orders_pipeline_does() {
        try (Connector dia = open(Map.of())) {
            assertThat(dia.findByNaturalKey(Entity.PARTY, new dev.kopru.core.connector.NaturalKey("taxId",
                    "1234567890"))).map(Party::code).contains("120.001");
            assertThat(dia.findByNaturalKey(Entity.PARTY, new dev.kopru.core.connector.NaturalKey("taxId",
                    "10000000146"))).isEmpty();
        }
    }

    @Test
    void reads_an_invoice_with_its_lines_and_totals_dia_and_koepru_agree_on() {
        try (Connector dia = open(Map.of())) {
            Invoice invoice = dia.get(Entity.INVOICE, "88001").orElseThrow();
            assertThat(invoice.number()).isEqualTo("B-0001");
            assertThat(invoice.partyCode()).isEqualTo("120.001");
            assertThat(invoice.lines()).singleElement().satisfies(l -> assertThat(l.itemCode()).isEqualTo("CAY.500"));
            assertThat(DocumentTotals.of(invoice.lines()).check(invoice.statedTotals())).isEmpty();
            assertThat(dia.findByNaturalKey(Entity.INVOICE, new dev.kopru.core.connector.NaturalKey("number",
                    "B-0001"))).map(Invoice::key).contains("88001");
        }
    }

    @Test
    void reads_parties_in_change_order_and_maps_the_card() {
        try (Connector dia = open(Map.of())) {
            List<Party> parties = dia.stream(Entity.PARTY, ReadRequest.full(2)).toList();
            assertThat(parties).extracting(Party::code).containsExactly("120.001", "120.002", "0000008");
            Party first = dia.get(Entity.PARTY, "1201").orElseThrow();
            assertThat(first.taxId()).isEqualTo("1234567890");
            assertThat(first.taxOffice()).isEqualTo("KADIKÖY");
            assertThat(first.address().city()).isEqualTo("İSTANBUL");
            assertThat(parties.getFirst().taxOffice()).isEqualTo("KADIKÖY");
        }
    }

    @Test
    void links_a_tax_office_named_with_or_without_vergi_dairesi_in_any_case_and_leaves_an_unknown_one_to_dia() {
        try (Connector dia = open(Map.of())) {
            // the golden table: kod KADIKÖY (adi KADIKÖY VERGİ DAİRESİ) and kod ÇANKAYA VERGİ DAİRESİ
            Party kadikoy = Party.builder().code("120.101").name("KADIKÖY ECZA").taxId("1111111114")
                    .taxOffice("Kadıköy Vergi Dairesi").build();
            Party cankaya = kadikoy.toBuilder().code("120.102").taxId("2222222228").taxOffice("çankaya").build();
            Party unknown = kadikoy.toBuilder().code("120.103").taxId("3333333332").taxOffice("Bornova").build();

            String first = dia.create(Entity.PARTY, kadikoy);
            String second = dia.create(Entity.PARTY, cankaya);
            var refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> dia.create(Entity.PARTY, unknown));

            assertThat(dia.get(Entity.PARTY, first).orElseThrow().taxOffice()).isEqualTo("KADIKÖY");
            assertThat(dia.get(Entity.PARTY, second).orElseThrow().taxOffice()).isEqualTo("ÇANKAYA VERGİ DAİRESİ");
            assertThat(refused.field()).contains("taxOffice");
            assertThat(refused.getMessage()).contains("Kayıt bulunamadı (sis_vergidairesi").contains("Bornova");
            assertThat(sandbox.journal().entries().stream().filter(e -> e.body().contains("sis_vergidairesi_listele")))
                    .as("the table listed once, and again on the miss only after %s", TaxOffices.RELOAD_AFTER)
                    .hasSize(1);
        }
    }

    @Test
    void reads_a_party_balance_by_its_code() {
        try (Connector dia = open(Map.of())) {
            var balance = dia.get(Entity.BALANCE, "120.001").orElseThrow();
            assertThat(balance.debit().amount()).isEqualByComparingTo("1200");
            assertThat(balance.balance().currency()).isEqualTo("TRY");
            assertThat(dia.get(Entity.BALANCE, "NO-SUCH")).isEmpty();
        }
    }

    @Test
    void reaches_any_dia_service_raw() {
        try (Connector dia = open(Map.of())) {
            var raw = dia.capability(dev.kopru.core.connector.RawOperations.class).orElseThrow();
            assertThat(raw.callRaw("scf_carikart_listele", "{\"filters\": [{\"field\": \"carikartkodu\", "
                    + "\"operator\": \"=\", \"value\": \"120.002\"}]}")).contains("DENİZ LOJİSTİK");
        }
    }
}
