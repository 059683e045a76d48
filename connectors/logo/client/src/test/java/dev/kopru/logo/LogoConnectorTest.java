package dev.kopru.logo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.SqlResult;
import dev.kopru.core.model.AccountMovement;
import dev.kopru.core.model.Balance;
import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.Payment;
import dev.kopru.core.model.PaymentMethod;
import dev.kopru.core.model.PartyRole;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.model.Side;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.logo.client.LogoConfig;
import dev.kopru.logo.sandbox.LogoSandbox;
import dev.kopru.logo.sandbox.LogoSandboxOptions;
import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The canonical records the connector reads from and writes to the sandbox's demo company. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogoConnectorTest {

    private static final int SIZE = 20;
    private Sandbox sandbox;
    private LogoConnector logo;

    @BeforeAll
    void start() {
        // the service card and kasa the order's shipping line and the cash payment name, as a real firm holds them
        sandbox = Sandbox.start(new LogoSandbox(LogoSandboxOptions.builder().demoSeed(5).demoSize(SIZE)
                .services("KARGO").safeDeposits("MERKEZ").build()), 0);
        logo = new LogoConnector(LogoConfig.builder().baseUrl(sandbox.baseUri().toString()).username("LOGO")
                .password("LOGO").firmNo("1").clientId("kopru").clientSecret("kopru").build());
    }

    @AfterAll
    void stop() {
        logo.close();
        sandbox.close();
    }

    @Test
    void reads_the_demo_parties_as_the_demo_data_has_them() {
        DemoData demo = DemoData.of(5, SIZE);

        List<Party> parties = logo.stream(Entity.PARTY, ReadRequest.full(50)).toList();

        assertThat(parties).hasSize(SIZE);
        for (int i = 0; i < SIZE; i++) {
            Party expected = demo.party(i).toParty();
            Party read = parties.get(i);
            assertThat(read.code()).isEqualTo(expected.code());
            assertThat(read.name()).isEqualTo(expected.name());
            assertThat(read.taxId()).isEqualTo(expected.taxId());
            assertThat(read.role()).isEqualTo(expected.role());
            assertThat(read.address().city()).isEqualTo(expected.address().city());
            assertThat(read.changedAt()).isNotNull();
        }
    }

    @Test
    void finds_a_cari_card_by_its_vkn_in_tax_id_or_its_tckn_in_tckno() {
        for (dev.kopru.testkit.demodata.DemoParty.Kind kind : dev.kopru.testkit.demodata.DemoParty.Kind.values()) {
            var party = DemoData.of(5, SIZE).parties().filter(p -> p.kind() == kind).findFirst().orElseThrow();

            assertThat(logo.findByNaturalKey(Entity.PARTY, new NaturalKey("taxId", party.taxId())))
                    .as("%s %s", kind, party.taxId()).get().extracting(Party::code).isEqualTo(party.code());
        }
        String unknown = dev.kopru.core.tax.TaxIds.completeVkn("999999998");
        assertThat(logo.findByNaturalKey(Entity.PARTY, new NaturalKey("taxId", unknown))).isEmpty();
    }

    @Test
    void reads_items_with_unit_barcode_and_vat() {
        Item expected = DemoData.of(5, SIZE).item(3).toItem();

        Item read = logo.findByNaturalKey(Entity.ITEM, new NaturalKey("code", expected.code())).orElseThrow();

        assertThat(read.unit()).isEqualTo(expected.unit());
        assertThat(read.barcodes()).isEqualTo(expected.barcodes());
        assertThat(read.vatRate()).isEqualByComparingTo(expected.vatRate());
    }

    @Test
    void reads_invoices_whose_totals_logo_states_as_koprus_document_totals() {
        List<Invoice> invoices = logo.stream(Entity.INVOICE, ReadRequest.full(10)).toList();

        assertThat(invoices).hasSize(SIZE);
        for (Invoice invoice : invoices) {
            assertThat(DocumentTotals.of(invoice).check(invoice.statedTotals())).as(invoice.number()).isEmpty();
        }
    }

    @Test
    void writes_an_order_with_discounted_and_vat_included_lines_that_logo_totals_as_koprus_document_totals() {
        String item = DemoData.of(5, SIZE).item(0).code();
        String party = DemoData.of(5, SIZE).party(0).code();
        List<DocumentLine> lines = List.of(
                new DocumentLine(1, LineKind.ITEM, item, null, null, new BigDecimal("3"), "ADET",
                        new BigDecimal("33.33"), PriceBasis.VAT_EXCLUDED, new BigDecimal("20"), new BigDecimal("7.5"),
                        null),
                new DocumentLine(2, LineKind.SERVICE, "KARGO", null, "Kargo", BigDecimal.ONE, "ADET",
                        new BigDecimal("49.99"), PriceBasis.VAT_INCLUDED, new BigDecimal("20"), null, null));
        Order order = new Order(null, "SIP-TOPLAM-1", null, DocumentDirection.SALES, LocalDate.of(2026, 2, 1), party,
                null, null, null, "TRY", lines, null, "toplam", null);

        String key = logo.create(Entity.ORDER, order);

        Order read = logo.get(Entity.ORDER, key).orElseThrow();
        assertThat(read.lines()).hasSize(2);
        assertThat(DocumentTotals.of(read).check(read.statedTotals())).isEmpty();
        assertThat(read.statedTotals().gross()).isEqualByComparingTo(DocumentTotals.of(order).gross());
    }

    @Test
    void keeps_purchase_invoices_and_dispatch_notes_in_their_purchase_data_objects_under_a_prefixed_key() {
        DemoData demo = DemoData.of(5, SIZE);
        List<DocumentLine> lines = List.of(new DocumentLine(1, LineKind.ITEM, demo.item(1).code(), null, null,
                new BigDecimal("4"), "ADET", new BigDecimal("12.50"), PriceBasis.VAT_EXCLUDED, new BigDecimal("20"),
                null, null));
        Invoice purchase = Invoice.builder().number("ALF-2026-1").direction(DocumentDirection.PURCHASE)
                .date(LocalDate.of(2026, 2, 3)).partyCode(demo.party(1).code()).currency("TRY").lines(lines).build();
        DispatchNote dispatch = new DispatchNote(null, "IRS-2026-1", null, DocumentDirection.SALES,
                LocalDate.of(2026, 2, 4), demo.party(2).code(), "TRY", lines, null, null, null);

        String invoiceKey = logo.create(Entity.INVOICE, purchase);
        String dispatchKey = logo.create(Entity.DISPATCH_NOTE, dispatch);
        try {
            assertThat(invoiceKey).startsWith("purchaseInvoices/");
            assertThat(dispatchKey).matches("\\d+");
            Invoice read = logo.get(Entity.INVOICE, invoiceKey).orElseThrow();
            assertThat(read.direction()).isEqualTo(DocumentDirection.PURCHASE);
            assertThat(read.statedTotals().gross()).isEqualByComparingTo("60.00");
            assertThat(logo.findByNaturalKey(Entity.INVOICE, new NaturalKey("number", "ALF-2026-1")))
                    .map(Invoice::key).hasValue(invoiceKey);
            assertThat(logo.stream(Entity.INVOICE, ReadRequest.full(7)).map(Invoice::key))
                    .hasSize(SIZE + 1).doesNotHaveDuplicates().endsWith(invoiceKey);
            assertThat(logo.get(Entity.DISPATCH_NOTE, dispatchKey).orElseThrow().lines()).hasSize(1);
            assertThat(logo.get(Entity.DISPATCH_NOTE, "purchaseDispatches/" + dispatchKey)).isEmpty();
        } finally {
            logo.delete(Entity.INVOICE, invoiceKey);
            logo.delete(Entity.DISPATCH_NOTE, dispatchKey);
        }
        assertThat(logo.get(Entity.INVOICE, invoiceKey)).isEmpty();
    }

    @Test
    void writes_cash_bank_and_card_payments_to_their_slips_and_books_them_on_the_partys_balance() {
        String party = DemoData.of(5, SIZE).party(3).code();
        Balance before = logo.get(Entity.BALANCE, party).orElseThrow();
        List<Payment> payments = List.of(
                payment("KS-1", true, PaymentMethod.CASH, "100.00", "MERKEZ", party),
                payment("BN-1", false, PaymentMethod.BANK, "40.50", "TR-BANKA-1", party),
                payment("KK-1", true, PaymentMethod.CREDIT_CARD, "25.25", "POS-1", party));

        List<String> keys = payments.stream().map(p -> logo.create(Entity.PAYMENT, p)).toList();
        int debitNote = logo.client().create("ArpSlips", logo.client().json().createObjectNode().put("NUMBER", "DK-1")
                .put("TYPE", 3).put("DATE", "2026-02-05")).get("INTERNAL_REFERENCE").asInt();
        try {
            assertThat(logo.get(Entity.PAYMENT, "ArpSlips/" + debitNote)).as("a debit note is no payment").isEmpty();
            assertThat(logo.findByNaturalKey(Entity.PAYMENT, new NaturalKey("number", "DK-1"))).isEmpty();
            assertThat(keys).hasSize(3).allSatisfy(k -> assertThat(k).matches("[A-Za-z]+/\\d+"));
            assertThat(keys.get(0)).startsWith("safeDepositSlips/");
            assertThat(keys.get(1)).startsWith("bankSlips/");
            assertThat(keys.get(2)).startsWith("ArpSlips/");
            for (int i = 0; i < payments.size(); i++) {
                Payment read = logo.get(Entity.PAYMENT, keys.get(i)).orElseThrow();
                Payment sent = payments.get(i);
                assertThat(read).usingRecursiveComparison().ignoringFields("key", "changedAt", "note")
                        .isEqualTo(sent);
            }
            assertThat(logo.findByNaturalKey(Entity.PAYMENT, new NaturalKey("number", "BN-1")).map(Payment::key))
                    .hasValue(keys.get(1));
            assertThat(logo.stream(Entity.PAYMENT, ReadRequest.full(2)).map(Payment::key))
                    .containsExactlyElementsOf(keys);
            Balance after = logo.get(Entity.BALANCE, party).orElseThrow();
            assertThat(after.debit().amount().subtract(before.debit().amount())).isEqualByComparingTo("40.50");
            assertThat(after.credit().amount().subtract(before.credit().amount())).isEqualByComparingTo("125.25");
        } finally {
            keys.forEach(k -> logo.delete(Entity.PAYMENT, k));
            logo.client().delete("ArpSlips", debitNote);
        }
        assertThatThrownBy(() -> logo.create(Entity.PAYMENT, payment("KS-2", true, PaymentMethod.CASH, "1.00",
                "MERKEZ", "120.99.404"))).isInstanceOfSatisfying(ConnectorException.Validation.class,
                        e -> assertThat(e.field()).hasValue("partyCode"));
    }

    private static Payment payment(String number, boolean received, PaymentMethod method, String amount,
                                   String account, String party) {
        return new Payment(null, number, received, method, LocalDate.of(2026, 2, 5), null, party, Money.tl(amount),
                account, null, null);
    }

    @Test
    void reads_a_partys_balance_as_the_sum_of_its_invoices() {
        Invoice invoice = logo.stream(Entity.INVOICE, ReadRequest.full(50)).findFirst().orElseThrow();
        BigDecimal invoiced = logo.stream(Entity.INVOICE, new ReadRequest(java.util.Optional.empty(), 50,
                Map.of("partyCode", invoice.partyCode()))).map(i -> i.statedTotals().gross())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        Balance balance = logo.get(Entity.BALANCE, invoice.partyCode()).orElseThrow();
        List<AccountMovement> movements = logo.stream(Entity.ACCOUNT_MOVEMENT, new ReadRequest(
                java.util.Optional.empty(), 2, Map.of("partyCode", invoice.partyCode()))).toList();

        assertThat(balance.debit().amount()).isEqualByComparingTo(invoiced);
        assertThat(balance.balance().amount()).isEqualByComparingTo(invoiced);
        assertThat(movements).isNotEmpty().allSatisfy(m -> assertThat(m.side()).isEqualTo(Side.DEBIT));
        assertThat(movements.stream().map(m -> m.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(invoiced);
    }

    @Test
    void filters_by_the_documented_fields() {
        Party first = logo.stream(Entity.PARTY, ReadRequest.full(5)).findFirst().orElseThrow();

        var byTaxId = logo.read(Entity.PARTY, new ReadRequest(java.util.Optional.empty(), 5,
                Map.of("taxId", first.taxId())));
        var unknown = new ReadRequest(java.util.Optional.empty(), 5, Map.of("colour", "red"));

        assertThat(byTaxId.records()).extracting(Party::code).containsExactly(first.code());
        assertThatThrownBy(() -> logo.read(Entity.PARTY, unknown)).isInstanceOf(ConnectorException.Validation.class);
    }

    @Test
    void updates_and_deletes_a_card_by_its_reference() {
        Party party = new Party(null, "120.97.001", "Güncellenecek A.Ş.", PartyRole.SUPPLIER, "1234567890", "KADIKÖY",
                null, null, null, "TRY", false, true, null);
        String key = logo.create(Entity.PARTY, party);

        logo.update(Entity.PARTY, key, new Party(key, party.code(), "Güncellendi A.Ş.", party.role(), party.taxId(),
                party.taxOffice(), null, null, null, "TRY", false, true, null));
        assertThat(logo.get(Entity.PARTY, key).orElseThrow().name()).isEqualTo("Güncellendi A.Ş.");
        assertThat(logo.get(Entity.PARTY, key).orElseThrow().role()).isEqualTo(PartyRole.SUPPLIER);

        logo.delete(Entity.PARTY, key);
        assertThat(logo.get(Entity.PARTY, key)).isEmpty();
    }

    @Test
    void runs_sql_reports_over_logos_tables_page_by_page_up_to_the_row_limit() {
        SqlResult all = logo.query("SELECT CODE, DEFINITION_ FROM LG_001_CLCARD ORDER BY CODE", 1000,
                Duration.ofSeconds(10));
        SqlResult five = logo.query("SELECT CODE FROM LG_001_CLCARD ORDER BY CODE", 5, Duration.ofSeconds(10));

        assertThat(all.columns()).containsExactly("CODE", "DEFINITION_");
        assertThat(all.rows()).hasSize(SIZE);
        assertThat(all.truncated()).isFalse();
        assertThat(five.rows()).hasSize(5);
        assertThat(five.truncated()).isTrue();
        assertThatThrownBy(() -> logo.query("UPDATE LG_001_CLCARD SET CODE = ''", 5, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reaches_other_data_objects_through_the_raw_pass_through() {
        assertThat(logo.capability(RawOperations.class).orElseThrow().rawOperations()).extracting(r -> r.name()).contains("list", "create", "query");
        assertThat(logo.capability(RawOperations.class).orElseThrow().callRaw("list", "{\"resource\": \"salesInvoices\", \"limit\": 1, \"fields\": [\"NUMBER\"]}"))
                .contains("NUMBER");
    }
}
