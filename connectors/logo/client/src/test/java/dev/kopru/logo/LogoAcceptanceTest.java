package dev.kopru.logo;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.Address;
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
import dev.kopru.core.tax.TaxIds;
import dev.kopru.logo.client.LogoConfig;
import dev.kopru.logo.sandbox.LogoSandbox;
import dev.kopru.logo.sandbox.LogoSandboxOptions;
import dev.kopru.testkit.acceptance.ConnectorAcceptanceSuite;
import dev.kopru.testkit.acceptance.ReadCase;
import dev.kopru.testkit.acceptance.WriteCase;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The Logo connector against the Logo sandbox, over real HTTP, through the acceptance suite every connector passes. */
class LogoAcceptanceTest extends ConnectorAcceptanceSuite {

    @Override
    protected SandboxApp sandboxApp() {
        return new LogoSandbox(LogoSandboxOptions.builder().demoSize(30).build());
    }

    @Override
    protected String demoSecret() {
        return "LOGO";
    }

    @Override
    protected Connector connect(Sandbox sandbox, String password) {
        return new LogoConnector(LogoConfig.builder().baseUrl(sandbox.baseUri().toString()).username("LOGO")
                .password(password).firmNo("1").clientId("kopru").clientSecret("kopru").build());
    }

    @Override
    protected List<ReadCase<?>> readCases() {
        return List.of(new ReadCase<>(Entity.PARTY, 30), new ReadCase<>(Entity.ITEM, 30),
                new ReadCase<>(Entity.INVOICE, 30), new ReadCase<>(Entity.BALANCE, 30),
                new ReadCase<>(Entity.ACCOUNT_MOVEMENT, 30));
    }

    @Override
    protected List<WriteCase<?>> writeCases() {
        return List.of(
                new WriteCase<>(Entity.PARTY, LogoAcceptanceTest::party, party("BADVKN", "1234567891"), "taxId",
                        false),
                new WriteCase<>(Entity.ITEM, LogoAcceptanceTest::item, item("BADVAT", new BigDecimal("17")), "vatRate",
                        false),
                new WriteCase<>(Entity.INVOICE, unique -> invoice("KPR-ACC-" + unique, "120.01.00001"),
                        invoice("KPR-ACC-NOCARI", "120.99.404"), "partyCode", true),
                new WriteCase<>(Entity.INVOICE, unique -> purchase(invoice("ALF-" + unique, "120.01.00002")),
                        purchase(invoice("ALF-NOCARI", "320.99.404")), "partyCode", true),
                new WriteCase<>(Entity.PAYMENT, unique -> payment("KS-" + unique, "120.01.00004"),
                        payment("KS-NOCARI", "120.99.404"), "partyCode", true),
                new WriteCase<>(Entity.DISPATCH_NOTE, unique -> dispatch("IRS-" + unique, "STK-000003"),
                        dispatch("IRS-NOITEM", "STK-999999"), "lines.itemCode", true),
                new WriteCase<>(Entity.ORDER, unique -> order("SIP-" + unique, "STK-000002"),
                        order("SIP-NOITEM", "STK-999999"), "lines.itemCode", true));
    }

    private static Party party(String unique) {
        return party(unique, TaxIds.randomVkn(new Random(unique.hashCode())));
    }

    private static Party party(String unique, String taxId) {
        return new Party(null, "120.98." + unique, "Kabul Testi " + unique + " Ltd. Şti.", PartyRole.CUSTOMER, taxId,
                "KONAK", new Address("Atatürk Cd. 1", "Konak", "İzmir", "35210", "TÜRKİYE"), "test@example.com",
                "05551234567", "TRY", false, true, null);
    }

    private static Item item(String unique) {
        return item(unique, new BigDecimal("20"));
    }

    private static Item item(String unique, BigDecimal vatRate) {
        return new Item(null, "KPR-" + unique, "Kabul testi " + unique, null, "ADET", List.of("8690000000019"),
                vatRate, null, null, "TRY", null, null, "TEST", false, true, null);
    }

    private static Order order(String number, String itemCode) {
        List<DocumentLine> lines = List.of(new DocumentLine(1, LineKind.ITEM, itemCode, null, null, new BigDecimal("5"),
                "ADET", new BigDecimal("10"), PriceBasis.VAT_EXCLUDED, new BigDecimal("20"), new BigDecimal("10"),
                null));
        return new Order(null, number, null, DocumentDirection.SALES, LocalDate.of(2026, 3, 2), "120.01.00001", null,
                null, null, "TRY", lines, null, null, null);
    }

    /** A bank transfer received, so that the suite's reads cross from safeDepositSlips into bankSlips. */
    private static Payment payment(String number, String partyCode) {
        return new Payment(null, number, true, PaymentMethod.BANK, LocalDate.of(2026, 3, 4), null, partyCode,
                Money.tl("150.00"), "TR-BANKA-1", "havale", null);
    }

    private static Invoice purchase(Invoice invoice) {
        return invoice.toBuilder().direction(DocumentDirection.PURCHASE).build();
    }

    /** A purchase dispatch note, so that the suite's reads cross from salesDispatches into purchaseDispatches. */
    private static DispatchNote dispatch(String number, String itemCode) {
        return new DispatchNote(null, number, null, DocumentDirection.PURCHASE, LocalDate.of(2026, 3, 3),
                "120.01.00003", "TRY", order(number, itemCode).lines(), null, "irsaliye", null);
    }

    private static Invoice invoice(String number, String partyCode) {
        List<DocumentLine> lines = List.of(new DocumentLine(1, LineKind.ITEM, "STK-000001", null, "Kabul testi",
                new BigDecimal("2"), "ADET", new BigDecimal("99.90"), PriceBasis.VAT_INCLUDED, new BigDecimal("10"),
                null, null));
        return new Invoice(null, number, null, DocumentDirection.SALES, LocalDate.of(2026, 3, 1), null, partyCode,
                "TRY", null, lines, null, "acceptance", null, null);
    }
}
