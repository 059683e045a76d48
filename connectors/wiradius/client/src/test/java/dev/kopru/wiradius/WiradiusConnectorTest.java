package dev.kopru.wiradius;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.core.connector.ChangeCursor;
import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.AccountMovement;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.Payment;
import dev.kopru.core.tax.TaxIdKind;
import dev.kopru.core.tax.TaxIds;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.wiradius.mapping.InvoiceMapping;
import dev.kopru.wiradius.sandbox.WiradiusSandbox;
import dev.kopru.wiradius.sandbox.WiradiusSandboxOptions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the connector reads from the demo ISP: tax ids, totals with ÖİV, collections, and date-window cursors. */
class WiradiusConnectorTest {

    private static Sandbox sandbox;
    private static WiradiusConnector connector;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(new WiradiusSandbox(WiradiusSandboxOptions.builder().subscribers(30).build()), 0);
        connector = WiradiusAcceptanceTest.connector(sandbox, WiradiusSandboxOptions.DEMO_UNIQ_CODE);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static <T extends CanonicalRecord> List<T> all(Entity<T> entity, Map<String, String> filters) {
        return connector.stream(entity, new ReadRequest(Optional.empty(), 1000, filters)).toList();
    }

    @Test
    void persons_carry_a_tckn_and_companies_a_vkn_with_their_tax_office() {
        List<Party> parties = all(Entity.PARTY, Map.of());
        assertThat(parties).hasSize(30);
        for (Party party : parties) {
            assertThat(TaxIds.isValid(party.taxId())).as(party.toString()).isTrue();
            if (TaxIds.kind(party.taxId()) == TaxIdKind.TCKN) {
                assertThat(party.taxOffice()).isNull();
            } else {
                assertThat(party.taxOffice()).isNotBlank();
            }
            assertThat(party.address().city()).isNotBlank();
        }
        assertThat(connector.get(Entity.PARTY, parties.get(17).key())).contains(parties.get(17));
    }

    @Test
    void every_invoice_reconciles_to_the_kurus_with_its_oiv_as_tax_lines() {
        List<Invoice> invoices = all(Entity.INVOICE, Map.of());
        assertThat(invoices).hasSizeGreaterThan(300);
        for (Invoice invoice : invoices) {
            assertThat(InvoiceMapping.check(invoice)).as(invoice.number()).isEmpty();
        }
        assertThat(invoices).anyMatch(i -> i.lines().stream().anyMatch(l -> l.kind() == LineKind.TAX
                && l.itemCode().equals(InvoiceMapping.OIV)));
        assertThat(invoices).extracting(Invoice::direction).contains(dev.kopru.core.model.DocumentDirection.SALES,
                dev.kopru.core.model.DocumentDirection.PURCHASE);
    }

    @Test
    void payments_are_the_collections_among_the_movements() {
        List<AccountMovement> movements = all(Entity.ACCOUNT_MOVEMENT, Map.of("cari_id", "3"));
        List<Payment> payments = all(Entity.PAYMENT, Map.of("cari_id", "3"));
        assertThat(payments).isNotEmpty().allMatch(Payment::received);
        assertThat(payments).extracting(Payment::key).isSubsetOf(movements.stream().map(AccountMovement::key)
                .toList());
        assertThat(movements).filteredOn(m -> m.documentNumber() != null).isNotEmpty();
        assertThat(payments).allMatch(p -> p.method() != null);
    }

    @Test
    void an_incremental_read_starts_from_a_date_and_ends_at_a_date_window_cursor() {
        Cursor fromDecember = new ChangeCursor(LocalDate.of(2025, 12, 1).atStartOfDay(ZoneId.of("Europe/Istanbul"))
                .toInstant(), "").encode();
        List<Invoice> december = connector.stream(Entity.INVOICE, ReadRequest.after(fromDecember, 50)).toList();
        assertThat(december).isNotEmpty().allMatch(i -> !i.date().isBefore(LocalDate.of(2025, 12, 1)));
        assertThat(all(Entity.INVOICE, Map.of()).stream().filter(i -> !i.date().isBefore(LocalDate.of(2025, 12, 1))))
                .hasSameSizeAs(december);

        Page<Invoice> last = lastPage(ReadRequest.after(fromDecember, 50));
        ChangeCursor end = ChangeCursor.decode(last.next(), "test", WiradiusAcceptanceTest.CLOCK,
                java.time.Duration.ZERO);
        // the pass ended today (2026-01-10 in Istanbul); the next starts the look-back (7 days) before
        assertThat(end.changedAt().atZone(ZoneId.of("Europe/Istanbul")).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 1, 3));
    }

    @Test
    void movements_read_incrementally_from_a_date_see_only_what_is_dated_after_it() {
        Cursor fromNovember = new ChangeCursor(LocalDate.of(2025, 11, 1).atStartOfDay(ZoneId.of("Europe/Istanbul"))
                .toInstant(), "").encode();
        List<AccountMovement> recent = connector.stream(Entity.ACCOUNT_MOVEMENT, ReadRequest.after(fromNovember, 10))
                .toList();
        List<AccountMovement> all = all(Entity.ACCOUNT_MOVEMENT, Map.of());
        assertThat(recent).isNotEmpty().allMatch(m -> !m.date().isBefore(LocalDate.of(2025, 11, 1)));
        assertThat(recent).extracting(AccountMovement::key).containsExactlyInAnyOrderElementsOf(all.stream()
                .filter(m -> !m.date().isBefore(LocalDate.of(2025, 11, 1))).map(AccountMovement::key).toList());
    }

    private static Page<Invoice> lastPage(ReadRequest request) {
        ReadRequest next = request;
        while (true) {
            Page<Invoice> page = connector.read(Entity.INVOICE, next);
            if (page.last()) {
                return page;
            }
            next = next.continueAt(page.next());
        }
    }

    @Test
    void the_factory_opens_a_connection_from_its_fields_and_hides_the_secrets() {
        ConnectorFactory factory = ConnectorFactory.forVendor("wiradius").orElseThrow();
        ConnectionConfig config = ConnectionConfig.of(factory.descriptor(), Map.of(
                WiradiusDescriptor.BASE_URL, sandbox.baseUri().toString(),
                WiradiusDescriptor.API_CODE, WiradiusSandboxOptions.DEMO_API_CODE,
                WiradiusDescriptor.UNIQ_CODE, WiradiusSandboxOptions.DEMO_UNIQ_CODE));
        try (Connector opened = factory.open(config)) {
            opened.check();
            assertThat(opened.toString()).doesNotContain(WiradiusSandboxOptions.DEMO_API_CODE)
                    .doesNotContain(WiradiusSandboxOptions.DEMO_UNIQ_CODE);
        }
    }

    @Test
    void a_raw_call_reaches_a_documented_service_with_the_connections_credentials() {
        String answer = connector.capability(RawOperations.class).orElseThrow().callRaw("cari_list", "{\"page\":\"1\",\"will_borrow\":1}");
        assertThat(answer).contains("\"status\":\"success\"").contains("cari_id")
                .doesNotContain(WiradiusSandboxOptions.DEMO_UNIQ_CODE);
        assertThat(connector.capability(RawOperations.class).orElseThrow().rawOperations()).extracting(r -> r.name())
                .containsExactly("cari_trans", "cari_list", "invoice/list", "invoice/rows");
    }
}
