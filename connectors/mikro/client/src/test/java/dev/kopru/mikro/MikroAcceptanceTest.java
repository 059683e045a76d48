package dev.kopru.mikro;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.Address;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.tax.TaxIds;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.acceptance.ConnectorAcceptanceSuite;
import dev.kopru.testkit.acceptance.ReadCase;
import dev.kopru.testkit.acceptance.WriteCase;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The Mikro connector against the Mikro sandbox, over real HTTP, through the acceptance suite every connector passes. */
class MikroAcceptanceTest extends ConnectorAcceptanceSuite {

    @Override
    protected SandboxApp sandboxApp() {
        return new MikroSandbox(MikroSandboxOptions.builder().demoSize(30).build());
    }

    @Override
    protected String demoSecret() {
        return "admin123";
    }

    @Override
    protected Connector connect(Sandbox sandbox, String password) {
        MikroConfig config = MikroConfig.builder().baseUrl(sandbox.baseUri().toString()).apiKey("demo-api-key")
                .firmaKodu("DEMO").calismaYili(Integer.toString(LocalDate.now(MikroSandboxOptions.ISTANBUL).getYear()))
                .kullaniciKodu("SRV").password(password).build();
        return new MikroConnector(config, DocumentSettings.defaults());
    }

    @Override
    protected List<ReadCase<?>> readCases() {
        return List.of(new ReadCase<>(Entity.PARTY, 30), new ReadCase<>(Entity.ITEM, 30),
                new ReadCase<>(Entity.BALANCE, 1), new ReadCase<>(Entity.ACCOUNT_MOVEMENT, 1));
    }

    @Override
    protected List<WriteCase<?>> writeCases() {
        return List.of(
                new WriteCase<>(Entity.PARTY, MikroAcceptanceTest::party,
                        withTaxId(party("BADVKN"), "1234567891"), "taxId", false), // 1234567890 is a valid VKN
                new WriteCase<>(Entity.INVOICE, unique -> invoice("KPR-ACC-" + unique, "120.01.00001"),
                        invoice("KPR-ACC-NOCARI", "120.99.404"), "partyCode", true));
    }

    private static Party party(String unique) {
        String taxId = TaxIds.randomVkn(new Random(unique.hashCode()));
        return new Party(null, "120.98." + unique, "Kabul Testi " + unique + " Ltd. Şti.", PartyRole.CUSTOMER, taxId,
                "KONAK", new Address("Atatürk Cd. 1", "Konak", "İzmir", "35210", "TÜRKİYE"), "test@example.com",
                "05551234567", "TRY", false, true, null);
    }

    private static Party withTaxId(Party p, String taxId) {
        return new Party(p.key(), p.code(), p.name(), p.role(), taxId, p.taxOffice(), p.address(), p.email(),
                p.phone(), p.currency(), p.eInvoiceTaxpayer(), p.active(), p.changedAt());
    }

    private static Invoice invoice(String number, String partyCode) {
        List<DocumentLine> lines = List.of(new DocumentLine(1, LineKind.ITEM, "STK-000001", null, "Kabul testi",
                new BigDecimal("2"), "ADET", new BigDecimal("99.90"), PriceBasis.VAT_INCLUDED, new BigDecimal("10"),
                null, "1"));
        return new Invoice(null, number, null, DocumentDirection.SALES, LocalDate.now(MikroSandboxOptions.ISTANBUL),
                null, partyCode, "TRY", null, lines, null, "acceptance", null, null);
    }
}
