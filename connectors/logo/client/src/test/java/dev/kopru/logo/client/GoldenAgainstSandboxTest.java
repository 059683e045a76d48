package dev.kopru.logo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Money;
import dev.kopru.core.model.Payment;
import dev.kopru.core.model.PaymentMethod;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.logo.LogoConnector;
import dev.kopru.logo.sandbox.LogoSandbox;
import dev.kopru.logo.sandbox.LogoSandboxOptions;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The golden exchanges of connectors/logo/golden played through the client against the sandbox: the request the
 * client puts on the wire is the fixture's request (as the sandbox's journal saw it), and what the client returns
 * holds the fixture's answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenAgainstSandboxTest {

    private static final Path GOLDEN = Path.of("..", "golden");

    private Sandbox sandbox;
    private LogoClient logo;

    @BeforeAll
    void start() {
        sandbox = Sandbox.start(new LogoSandbox(LogoSandboxOptions.goldenExamples().build()), 0);
    }

    @BeforeEach
    void reset() {
        sandbox.app().reset();
        sandbox.journal().clear();
        logo = new LogoClient(LogoConfig.builder().baseUrl(sandbox.baseUri().toString()).username("LOGO")
                .password("Logo1234").firmNo("1").clientId("logoclient").clientSecret("secret").build());
        logo.login();
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @Test
    void g3_list_page() throws IOException {
        JsonNode golden = golden("G03-items-page.json");

        LogoPage page = logo.list("items", LogoQuery.all().withOffset(2).withLimit(2).withCount(true));

        GoldenJson.assertContains("items", golden.at("/response/body/items"), logo.json().valueToTree(page.items()));
        assertThat(page.next()).hasValue(sandbox.baseUri() + "/api/v1/items?offset=4&limit=2&withCount=true");
        assertThat(page.totalCount()).hasValue(5);
    }

    @Test
    void g5_g6_g7_creates_send_the_fixture_bodies_and_return_the_echo() throws IOException {
        for (String file : List.of("G05-arp-create.json", "G06-sales-order-create.json",
                "G07-sales-invoice-create.json")) {
            JsonNode golden = golden(file);
            String resource = golden.at("/request/path").asText().substring("/api/v1/".length());
            sandbox.journal().clear();

            ObjectNode saved = logo.create(resource, (ObjectNode) golden.at("/request/body"));

            assertSent(file, golden);
            GoldenJson.assertContains(file, golden.at("/response/body"), saved);
        }
    }

    @Test
    void g8_g9_patch_and_delete() throws IOException {
        JsonNode order = golden("G06-sales-order-create.json").at("/request/body");
        logo.create("salesOrders", (ObjectNode) order);
        JsonNode patch = golden("G08-sales-order-patch.json");
        sandbox.journal().clear();

        ObjectNode echoed = logo.patch("salesOrders", 41051, logo.json().createObjectNode()
                .put("AUXIL_CODE", "OZELKOD2"));
        assertSent("G08", patch);
        GoldenJson.assertContains("G08", patch.at("/response/body"), echoed);

        logo.delete("salesOrders", 41051);
        assertThatThrownBy(() -> logo.get("salesOrders", 41051, LogoQuery.all()))
                .isInstanceOf(ConnectorException.NotFound.class);
    }

    @Test
    void g10_refusal() throws IOException {
        JsonNode golden = golden("G10-unknown-arp.json");

        assertThatThrownBy(() -> logo.create("salesInvoices", (ObjectNode) golden.at("/request/body")))
                .isInstanceOfSatisfying(ConnectorException.Validation.class, e -> assertThat(e.vendorMessage())
                        .hasValue(golden.at("/response/body/ModelState/207/0").asText()));
    }

    @Test
    void g12_sql_query() throws IOException {
        JsonNode golden = golden("G12-sql-query.json");

        LogoPage rows = logo.query("SELECT CODE, NAME FROM LG_001_ITEMS WHERE CARDTYPE=1", 10);

        GoldenJson.assertContains("G12", golden.at("/response/body/items"), logo.json().valueToTree(rows.items()));
        assertThat(rows.last()).isTrue();
    }

    @Test
    void g13_definition() throws IOException {
        GoldenJson.assertContains("G13", golden("G13-definitions-items.json").at("/response/body"),
                logo.definition("items"));
    }

    @Test
    void g14_to_g18_the_connector_writes_the_fixture_bodies_and_reads_their_records_back() throws IOException {
        DocumentLine tea = new DocumentLine(1, LineKind.ITEM, "CAY.500", null, null, new BigDecimal("10"), "ADET",
                new BigDecimal("80"), PriceBasis.VAT_EXCLUDED, new BigDecimal("20"), null, null);
        DocumentLine sugar = new DocumentLine(1, LineKind.ITEM, "SEKER.1", null, null, new BigDecimal("20"), "ADET",
                new BigDecimal("30"), PriceBasis.VAT_EXCLUDED, BigDecimal.ONE, null, null);
        try (LogoConnector connector = new LogoConnector(logo.config())) {
            Invoice invoice = connector.get(Entity.INVOICE, written(connector, Entity.INVOICE, Invoice.builder()
                    .number("ALF-2024-0001").direction(DocumentDirection.PURCHASE).date(LocalDate.of(2024, 3, 1))
                    .partyCode("CARI.01").currency("TRY").lines(List.of(tea)).note("Alış faturası").build(),
                    "G14-purchase-invoice-create.json")).orElseThrow();
            DispatchNote dispatch = connector.get(Entity.DISPATCH_NOTE, written(connector, Entity.DISPATCH_NOTE,
                    new DispatchNote(null, "IRS-2024-0001", null, DocumentDirection.SALES, LocalDate.of(2024, 3, 2),
                            "CARI.01", "TRY", List.of(sugar), null, "Sevk", null),
                    "G15-sales-dispatch-create.json")).orElseThrow();
            List<Payment> payments = List.of(
                    payment("KS-2024-0001", PaymentMethod.CASH, 5, "1260.00", "MERKEZ", "B-0001 tahsilatı"),
                    payment("BN-2024-0001", PaymentMethod.BANK, 6, "500.00", "TR-BANKA-1", "havale"),
                    payment("KK-2024-0001", PaymentMethod.CREDIT_CARD, 7, "250.00", "POS-1", "kart"));
            List<String> files = List.of("G16-cash-receipt.json", "G17-bank-transfer-received.json",
                    "G18-card-collection.json");

            assertThat(invoice.statedTotals().gross()).isEqualByComparingTo(golden(
                    "G14-purchase-invoice-create.json").at("/response/body/TOTAL_NET").decimalValue());
            assertThat(dispatch.statedTotals().gross()).isEqualByComparingTo("606.00");
            for (int i = 0; i < payments.size(); i++) {
                Payment read = connector.get(Entity.PAYMENT, written(connector, Entity.PAYMENT, payments.get(i),
                        files.get(i))).orElseThrow();
                assertThat(read).usingRecursiveComparison().ignoringFields("key", "changedAt")
                        .isEqualTo(payments.get(i));
            }
        }
    }

    @Test
    void g19_g21_object_method_and_line_by_index() throws IOException {
        logo.create("salesOrders", (ObjectNode) golden("G06-sales-order-create.json").at("/request/body"));

        GoldenJson.assertContains("G19", golden("G19-recalculate-method.json").at("/response/body"),
                logo.method("salesOrders", 41051, "ReCalculate", List.of()));
        GoldenJson.assertContains("G21", golden("G21-line-by-index.json").at("/response/body"),
                logo.line("salesOrders", 41051, "TRANSACTIONS", 0));
    }

    @Test
    void g20_read_with_body_parameters() throws IOException {
        JsonNode golden = golden("G20-read-with-body-parameters.json");

        LogoPage page = logo.readWithBody("items", LogoQuery.where("CARD_TYPE eq 1")
                .withFields(List.of("CODE", "NAME")).withSort("CODE").withLimit(2).withCount(true));

        assertSent("G20", golden);
        GoldenJson.assertContains("G20", golden.at("/response/body/items"), logo.json().valueToTree(page.items()));
        assertThat(page.totalCount()).hasValue(2);
    }

    /** Creates {@code record} through the connector, checks the body on the wire is the fixture's, gives its key. */
    private <T extends dev.kopru.core.model.CanonicalRecord> String written(LogoConnector connector, Entity<T> entity,
                                                                            T record, String file) throws IOException {
        sandbox.journal().clear();
        String key = connector.create(entity, record);
        assertSent(file, golden(file));
        return key;
    }

    private static Payment payment(String number, PaymentMethod method, int day, String amount, String account,
                                   String note) {
        return new Payment(null, number, true, method, LocalDate.of(2024, 3, day), null, "CARI.01",
                Money.tl(amount), account, note, null);
    }

    private void assertSent(String file, JsonNode golden) throws IOException {
        RequestJournal.Entry sent = sandbox.journal().entries().stream()
                .filter(e -> e.method().equals(golden.at("/request/method").asText())).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(sent.path()).isEqualTo(golden.at("/request/path").asText().replaceFirst("\\?.*", ""));
        GoldenJson.assertSame(file + " request", golden.at("/request/body"), GoldenJson.JSON.readTree(sent.body()),
                Map.of());
    }

    private JsonNode golden(String file) throws IOException {
        return GoldenJson.JSON.readTree(Files.readString(GOLDEN.resolve(file))
                .replace("http://h:32001", sandbox.baseUri().toString()));
    }
}
