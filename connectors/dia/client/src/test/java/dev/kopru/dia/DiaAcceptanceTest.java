package dev.kopru.dia;

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
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.dia.client.DiaConfig;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.dia.sandbox.DiaSandboxOptions;
import dev.kopru.testkit.acceptance.ConnectorAcceptanceSuite;
import dev.kopru.testkit.acceptance.ReadCase;
import dev.kopru.testkit.acceptance.WriteCase;
import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.demodata.DemoParty;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The DİA connector against the DİA sandbox, over real HTTP, through the acceptance suite every connector passes. */
class DiaAcceptanceTest extends ConnectorAcceptanceSuite {

    private static final int RECORDS = 30;
    /** A customer of the sandbox's demo data, with a tax office DİA holds. */
    private static final DemoParty CUSTOMER = DemoData.of(1, RECORDS).party(0);

    @Override
    protected SandboxApp sandboxApp() {
        return new DiaSandbox(DiaSandboxOptions.builder().demoSeed(1).demoSize(RECORDS).build());
    }

    @Override
    protected String demoSecret() {
        return "ws";
    }

    @Override
    protected Connector connect(Sandbox sandbox, String password) {
        DiaConfig config = DiaConfig.builder().baseUrl(sandbox.baseUri().toString()).username("ws").password(password)
                .apiKey("demo-api-key").firmaKodu(34).donemKodu(1).build();
        return new DiaConnector(config, 3, 1);
    }

    @Override
    protected List<ReadCase<?>> readCases() {
        return List.of(new ReadCase<>(Entity.PARTY, RECORDS), new ReadCase<>(Entity.ITEM, RECORDS),
                new ReadCase<>(Entity.INVOICE, RECORDS), new ReadCase<>(Entity.BALANCE, RECORDS));
    }

    @Override
    protected List<WriteCase<?>> writeCases() {
        return List.of(
                new WriteCase<>(Entity.PARTY, DiaAcceptanceTest::party,
                        withTaxOffice(party("NOOFFICE"), "YOK VERGİ DAİRESİ"), "taxOffice", true),
                new WriteCase<>(Entity.ITEM, DiaAcceptanceTest::item, item(null), "code", false),
                new WriteCase<>(Entity.INVOICE, unique -> invoice("KPR-ACC-" + unique, CUSTOMER.code()),
                        invoice("KPR-ACC-NOCARI", "120.99.404"), "partyCode", true),
                new WriteCase<>(Entity.ORDER, unique -> order("KPR-SIP-" + unique, "STK-000002"),
                        order("KPR-SIP-NOSTOCK", "STK-999999"), "lines.itemCode", true),
                new WriteCase<>(Entity.DISPATCH_NOTE, unique -> dispatchNote("KPR-IRS-" + unique),
                        dispatchNote(null), "number", false));
    }

    private static Party party(String unique) {
        return new Party(null, "120.98." + unique, "Kabul Testi " + unique + " Ltd. Şti.", PartyRole.CUSTOMER,
                "1234567890", CUSTOMER.taxOffice(), new Address("Atatürk Cd. 1", "Konak", "İzmir", "35210", null),
                "test@example.com", "05551234567", null, null, true, null);
    }

    private static Party withTaxOffice(Party p, String office) {
        return new Party(p.key(), p.code(), p.name(), p.role(), p.taxId(), office, p.address(), p.email(), p.phone(),
                p.currency(), p.eInvoiceTaxpayer(), p.active(), p.changedAt());
    }

    private static Item item(String unique) {
        return new Item(null, unique == null ? null : "KPR-" + unique, "Kabul testi ürünü", null, "ADET",
                List.of(), new BigDecimal("20"), null, null, null, null, null, null, false, true, null);
    }

    private static List<DocumentLine> lines(String itemCode) {
        return List.of(new DocumentLine(1, LineKind.ITEM, itemCode, null, "Kabul testi", new BigDecimal("2"), "ADET",
                new BigDecimal("99.90"), PriceBasis.VAT_INCLUDED, new BigDecimal("10"), null, null));
    }

    private static Invoice invoice(String number, String partyCode) {
        return new Invoice(null, number, null, DocumentDirection.SALES, LocalDate.of(2026, 3, 1), null, partyCode,
                "TRY", null, lines("STK-000001"), null, "acceptance", null, null);
    }

    private static Order order(String number, String itemCode) {
        return new Order(null, number, null, DocumentDirection.SALES, LocalDate.of(2026, 3, 2), CUSTOMER.code(), null,
                null, null, "TRY", lines(itemCode), null, "acceptance", null);
    }

    private static DispatchNote dispatchNote(String number) {
        return new DispatchNote(null, number, null, DocumentDirection.SALES, LocalDate.of(2026, 3, 3),
                CUSTOMER.code(), "TRY", lines("STK-000003"), null, "acceptance", null);
    }
}
