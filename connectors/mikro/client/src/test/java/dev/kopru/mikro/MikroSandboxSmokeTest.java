package dev.kopru.mikro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Address;
import dev.kopru.core.model.Balance;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.Payment;
import dev.kopru.core.model.PaymentMethod;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.tax.TaxIds;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The connector against the Mikro sandbox over real HTTP, with DESIGN.md's demo credentials and the system clock:
 * a party created and read back, an invoice created and found by its number. The full acceptance suite is wired by
 * the lead; this shows the two sides agree on the wire.
 */
class MikroSandboxSmokeTest {

    private static Sandbox sandbox;
    private static MikroConnector connector;

    @BeforeAll
    static void start() {
        MikroSandbox app = new MikroSandbox();
        sandbox = Sandbox.start(app, 0);
        connector = new MikroConnector(MikroConfig.builder().baseUrl(sandbox.baseUri().toString())
                .apiKey("demo-api-key").firmaKodu("DEMO")
                .calismaYili(Integer.toString(LocalDate.now(MikroSandboxOptions.ISTANBUL).getYear()))
                .kullaniciKodu("SRV").password("admin123").build(), DocumentSettings.defaults());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void checks_the_demo_credentials() {
        connector.check();
    }

    @Test
    void creates_a_party_and_reads_it_back_by_key_code_and_tax_id() {
        String code = "120.KPR." + unique();
        String vkn = TaxIds.randomVkn(new Random());
        Party party = new Party(null, code, "Köprü Deneme A.Ş.", null, vkn, "KONAK",
                new Address("Atatürk Cd. 1", "Konak", "İzmir", "35210", "TÜRKİYE"), "info@kopru.dev", "05551234567",
                "TRY", Boolean.FALSE, null, null);

        String key = connector.create(Entity.PARTY, party);

        assertThat(key).isEqualTo(code);
        Party read = connector.get(Entity.PARTY, key).orElseThrow();
        assertThat(read.name()).isEqualTo("Köprü Deneme A.Ş.");
        assertThat(read.taxId()).isEqualTo(vkn);
        assertThat(connector.findByNaturalKey(Entity.PARTY, new NaturalKey("taxId", vkn))).map(Party::code)
                .contains(code);
        assertThat(connector.stream(Entity.PARTY, ReadRequest.full(7)).map(Party::code)).contains(code);
    }

    @Test
    void creates_an_invoice_and_finds_it_by_its_number_with_its_lines() {
        String partyCode = "120.KPR." + unique();
        connector.create(Entity.PARTY, Party.builder().code(partyCode).name("Fatura Alıcısı Ltd.").build());
        String itemCode = "KPR-" + unique();
        connector.create(Entity.ITEM, Item.builder().code(itemCode).name("Barınma Hizmeti").unit("ADET")
                .vatRate(new BigDecimal("20")).salePrice(new BigDecimal("50000")).currency("TRY").build());
        String number = "FAT-" + unique();
        Invoice invoice = Invoice.builder().number(number).direction(DocumentDirection.SALES).date(LocalDate.now())
                .partyCode(partyCode).currency("TRY").lines(List.of(new DocumentLine(1, LineKind.ITEM, itemCode, null,
                        "Kasım", new BigDecimal("2"), "ADET", new BigDecimal("1250.50"), PriceBasis.VAT_EXCLUDED,
                        new BigDecimal("20"), null, null)))
                .note("Köprü smoke").build();

        String key = connector.create(Entity.INVOICE, invoice);

        Invoice found = connector.findByNaturalKey(Entity.INVOICE, new NaturalKey("number", number)).orElseThrow();
        assertThat(found.key()).isEqualTo(key);
        assertThat(found.partyCode()).isEqualTo(partyCode);
        assertThat(found.lines()).singleElement().satisfies(line -> {
            assertThat(line.itemCode()).isEqualTo(itemCode);
            assertThat(line.quantity()).isEqualByComparingTo("2");
            assertThat(line.unitPrice()).isEqualByComparingTo("1250.50");
            assertThat(line.vatRate()).isEqualByComparingTo("20");
        });
        assertThat(connector.get(Entity.INVOICE, key)).map(Invoice::number).contains(number);
        Optional<Balance> balance = connector.get(Entity.BALANCE, partyCode);
        assertThat(balance).map(b -> b.debit().amount()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("3001.20"));
    }

    @Test
    void a_cash_receipt_is_found_by_its_number_and_credits_the_party() {
        String partyCode = "120.KPR." + unique();
        connector.create(Entity.PARTY, Party.builder().code(partyCode).name("Tahsilat Ltd.").build());
        String number = "THS-" + unique();
        String key = connector.create(Entity.PAYMENT, new Payment(null, number, true, PaymentMethod.CASH,
                LocalDate.now(), null, partyCode, Money.tl("1500.00"), "NK", "Nakit", null));

        assertThat(connector.findByNaturalKey(Entity.PAYMENT, new NaturalKey("number", number)))
                .map(Payment::key).contains(key);
        assertThat(connector.get(Entity.BALANCE, partyCode).orElseThrow().credit().amount())
                .isEqualByComparingTo("1500.00");
    }

    @Test
    void an_unknown_customer_is_refused_in_mikros_words_naming_partyCode() {
        String itemCode = "KPR-" + unique();
        connector.create(Entity.ITEM, Item.builder().code(itemCode).name("Deneme").unit("ADET")
                .vatRate(new BigDecimal("20")).currency("TRY").build());
        Invoice invoice = Invoice.builder().number("FAT-" + unique()).direction(DocumentDirection.SALES)
                .date(LocalDate.now()).partyCode("120.NO.SUCH").currency("TRY").lines(List.of(new DocumentLine(1,
                        LineKind.ITEM, itemCode, null, null, BigDecimal.ONE, null, BigDecimal.TEN,
                        PriceBasis.VAT_EXCLUDED, new BigDecimal("20"), null, null)))
                .build();
        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> connector.create(Entity.INVOICE, invoice));
        assertThat(refused.field()).contains("partyCode");
        assertThat(refused.vendorMessage()).isPresent();
    }
}
