package dev.kopru.mikro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.Payment;
import dev.kopru.core.model.PaymentMethod;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document Mikro saves with one method and Köprü reads back with SQL (invoices, orders, dispatch notes,
 * receipts) goes through the same round trip: create, find by number, get by key, page by key. Against the sandbox
 * over real HTTP, so the SQL each kind sends is run, not just built.
 */
class MikroDocumentsTest {

    private static final String PARTY = "120.01.00001";
    private static final String ITEM = "STK-000001";
    private static Sandbox sandbox;
    private static MikroConnector connector;

    /** One document kind: its entity, a record of it with a given number, and that record's number and key. */
    record Kind<T extends CanonicalRecord>(Entity<T> entity, Function<String, T> withNumber, Function<T, String> number,
                   Function<T, String> key) {
        @Override
        public String toString() {
            return entity.toString();
        }
    }

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSize(3).build()), 0);
        connector = new MikroConnector(MikroConfig.builder().baseUrl(sandbox.baseUri().toString())
                .apiKey("demo-api-key").firmaKodu("DEMO")
                .calismaYili(Integer.toString(today().getYear()))
                .kullaniciKodu("SRV").password("admin123").build(), DocumentSettings.defaults());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static Stream<Kind<?>> kinds() {
        return Stream.of(
                new Kind<>(Entity.INVOICE, MikroDocumentsTest::invoice, Invoice::number, Invoice::key),
                new Kind<>(Entity.ORDER, number -> new Order(null, number, null, DocumentDirection.SALES, today(),
                        PARTY, null, null, null, "TRY", lines(), null, "sipariş", null), Order::number, Order::key),
                new Kind<>(Entity.DISPATCH_NOTE, number -> new DispatchNote(null, number, null,
                        DocumentDirection.SALES, today(), PARTY, "TRY", lines(), null, null, null),
                        DispatchNote::number, DispatchNote::key),
                new Kind<>(Entity.PAYMENT, number -> new Payment(null, number, true, PaymentMethod.CASH, today(),
                        null, PARTY, Money.tl("1500.00"), "NK", null, null), Payment::number, Payment::key));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends CanonicalRecord> void a_created_document_is_found_by_its_number_and_read_back_by_its_key(Kind<T> kind) {
        String number = unique();

        String key = connector.create(kind.entity(), kind.withNumber().apply(number));

        T found = connector.findByNaturalKey(kind.entity(), new NaturalKey("number", number)).orElseThrow();
        assertThat(kind.key().apply(found)).isEqualTo(key);
        assertThat(connector.get(kind.entity(), key)).map(kind.number()).contains(number);
        assertThat(connector.naturalKeyOf(kind.entity(), found)).isEqualTo(new NaturalKey("number", number));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends CanonicalRecord> void pages_by_key_deliver_every_document_once(Kind<T> kind) {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(connector.create(kind.entity(), kind.withNumber().apply(unique())));
        }

        List<String> keys = new ArrayList<>();
        Page<T> page = connector.read(kind.entity(), ReadRequest.full(2));
        keys.addAll(page.records().stream().map(kind.key()).toList());
        while (!page.last()) {
            Cursor next = page.next();
            page = connector.read(kind.entity(), ReadRequest.after(next, 2));
            keys.addAll(page.records().stream().map(kind.key()).toList());
        }

        assertThat(keys).containsAll(created);
        Set<String> once = new HashSet<>(keys);
        assertThat(once).hasSameSizeAs(keys);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends CanonicalRecord> void an_unknown_or_malformed_key_and_an_unused_number_are_absent(Kind<T> kind) {
        assertThat(connector.get(kind.entity(), "NOSUCH-999999")).isEqualTo(Optional.empty());
        assertThat(connector.get(kind.entity(), "not a key")).isEqualTo(Optional.empty());
        assertThat(connector.findByNaturalKey(kind.entity(), new NaturalKey("number", unique())))
                .isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends CanonicalRecord> void refuses_a_natural_key_other_than_the_number_and_a_filter(Kind<T> kind) {
        ConnectorException.Validation byCode = catchThrowableOfType(ConnectorException.Validation.class,
                () -> connector.findByNaturalKey(kind.entity(), new NaturalKey("code", "x")));
        assertThat(byCode.field()).contains("naturalKey.name");
        assertThat(byCode.getMessage()).contains(kind.entity().toString());

        ConnectorException.Validation filtered = catchThrowableOfType(ConnectorException.Validation.class,
                () -> connector.read(kind.entity(), new ReadRequest(Optional.empty(), 5, java.util.Map.of("x", "1"))));
        assertThat(filtered.field()).contains("x");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends CanonicalRecord> void a_document_without_a_number_has_no_natural_key(Kind<T> kind) {
        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> connector.naturalKeyOf(kind.entity(), kind.withNumber().apply(" ")));
        assertThat(refused.field()).contains("number");
    }

    @Test
    void an_invoice_is_deleted_and_is_then_absent() {
        String key = connector.create(Entity.INVOICE, invoice(unique()));

        connector.delete(Entity.INVOICE, key);

        assertThat(connector.get(Entity.INVOICE, key)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> connector.delete(Entity.INVOICE, key))
                .isInstanceOf(ConnectorException.NotFound.class).hasMessageContaining(key);
        assertThatThrownBy(() -> connector.delete(Entity.INVOICE, "not a key"))
                .isInstanceOf(ConnectorException.NotFound.class).hasMessageContaining("SERIES-SEQUENCE");
    }

    @Test
    void an_isp_invoice_with_service_and_oiv_lines_totals_to_the_kurus_in_mikro() {
        // 249.17 at 20 % with ÖİV 10 %: VAT rounded on the line and its ÖİV together is 54.82, apart 54.81
        List<DocumentLine> lines = List.of(
                new DocumentLine(1, LineKind.SERVICE, "HZM-FIBER", null, "Fiber 100 Mbps", BigDecimal.ONE, null,
                        new BigDecimal("249.17"), PriceBasis.VAT_EXCLUDED, new BigDecimal("20"), null, null),
                new DocumentLine(2, LineKind.TAX, "HZM-OIV", null, "ÖİV %10", BigDecimal.ONE, null,
                        new BigDecimal("24.92"), PriceBasis.VAT_EXCLUDED, new BigDecimal("20"), null, null),
                lines().getFirst());
        String number = unique();
        Invoice invoice = new Invoice(null, number, null, DocumentDirection.SALES, today(), null, PARTY, "TRY", null,
                lines, null, "abonelik", null, null);

        String key = connector.create(Entity.INVOICE, invoice);

        Invoice stored = connector.get(Entity.INVOICE, key).orElseThrow();
        assertThat(stored.statedTotals().gross()).isEqualByComparingTo(DocumentTotals.of(lines).gross());
        assertThat(DocumentTotals.of(lines).vat()).isEqualByComparingTo(new BigDecimal("54.82")
                .add(DocumentTotals.of(List.of(lines().getFirst())).vat()));
        assertThat(stored.lines()).extracting(DocumentLine::itemCode).containsExactly(ITEM);
    }

    @Test
    void orders_dispatch_notes_and_receipts_are_not_deleted() {
        for (Entity<?> entity : List.of(Entity.ORDER, Entity.DISPATCH_NOTE, Entity.PAYMENT)) {
            assertThatThrownBy(() -> connector.delete(entity, "KPR-1"))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("delete");
        }
    }

    private static Invoice invoice(String number) {
        return new Invoice(null, number, null, DocumentDirection.SALES, today(), null, PARTY, "TRY", null, lines(),
                null, "fatura", null, null);
    }

    private static List<DocumentLine> lines() {
        return List.of(new DocumentLine(1, LineKind.ITEM, ITEM, null, "satır", new BigDecimal("2"), "ADET",
                new BigDecimal("99.90"), PriceBasis.VAT_INCLUDED, new BigDecimal("10"), null, "1"));
    }

    private static LocalDate today() {
        return LocalDate.now(MikroSandboxOptions.ISTANBUL);
    }

    private static String unique() {
        return "DOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
