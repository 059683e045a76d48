package dev.kopru.server.demo;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.ConnectorFactory;
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
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PartyRole;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.core.tax.TaxIds;
import dev.kopru.testkit.sandbox.Sandbox;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The scripted session of {@code kopru demo}: every step goes through the Mikro connector over HTTP. */
public final class MikroDemo {

    private final Sandbox sandbox;
    private final PrintWriter out;
    private final String run;

    public MikroDemo(Sandbox sandbox, PrintWriter out) {
        this.sandbox = sandbox;
        this.out = out;
        this.run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
    }

    /** The connection settings of the sandbox's demo account, as a user would enter them. */
    public static Map<String, String> demoConnection(Sandbox sandbox) {
        return Map.of("baseUrl", sandbox.baseUri().toString(), "apiKey", "demo-api-key", "firmaKodu", "DEMO",
                "calismaYili", Integer.toString(LocalDate.now(ZoneId.of("Europe/Istanbul")).getYear()),
                "kullaniciKodu", "SRV", "password", "admin123");
    }

    public void run() {
        ConnectorFactory factory = ConnectorFactory.forVendor("mikro").orElseThrow();
        ConnectionConfig config = ConnectionConfig.of(factory.descriptor(), demoConnection(sandbox));
        try (Connector mikro = factory.open(config)) {
            step(1, "check the connection (HealthCheck2, then an authenticated call with the daily MD5 password)");
            mikro.check();
            say("ok: " + config);

            step(2, "read every cari and every stock card, 10 to a page (CariListesiV3, StokListesiV2)");
            List<Party> parties = mikro.stream(Entity.PARTY, ReadRequest.full(10)).toList();
            List<Item> items = mikro.stream(Entity.ITEM, ReadRequest.full(10)).toList();
            say(parties.size() + " parties, e.g. " + parties.get(0).code() + " " + parties.get(0).name());
            say(items.size() + " items, e.g. " + items.get(0).code() + " " + items.get(0).name() + " (KDV %"
                    + items.get(0).vatRate() + ")");

            step(3, "create a customer after checking its VKN (CariKaydetV2)");
            Party customer = newCustomer();
            TaxIds.require("taxId", customer.taxId());
            mikro.create(Entity.PARTY, customer);
            say("created " + customer.code() + " " + customer.name() + ", VKN " + customer.taxId());

            step(4, "invoice it: two lines, VAT-included and VAT-excluded prices, totals by Köprü (FaturaKaydetV2)");
            Invoice invoice = newInvoice(customer.code(), items, "KPR-DEMO-" + run + "-1");
            DocumentTotals totals = DocumentTotals.of(invoice);
            totals.lines().forEach(l -> say("line " + l.lineNo() + ": net " + l.net() + " + KDV " + l.vatRate()
                    + " " + l.vat() + " = " + l.gross()));
            String key = mikro.create(Entity.INVOICE, invoice);
            say("invoice " + invoice.number() + " is Mikro document " + key + ": net " + totals.net() + " + KDV "
                    + totals.vat() + " = " + totals.gross() + " TRY");

            step(5, "lose the response of the next write: the sandbox commits it and drops the connection");
            Invoice second = newInvoice(customer.code(), items, "KPR-DEMO-" + run + "-2");
            sandbox.faults().loseNextWrites(1);
            try {
                mikro.create(Entity.INVOICE, second);
                say("unexpected: the response arrived");
            } catch (ConnectorException.InDoubt inDoubt) {
                say("the connector reports in doubt and does not retry: " + inDoubt.getMessage());
            } finally {
                sandbox.faults().clear();
            }
            NaturalKey number = mikro.naturalKeyOf(Entity.INVOICE, second);
            Invoice found = mikro.findByNaturalKey(Entity.INVOICE, number).orElseThrow();
            long copies = mikro.stream(Entity.INVOICE, ReadRequest.full(100))
                    .filter(i -> second.number().equals(i.number())).count();
            say("looked up by its number (" + number.value() + "): found as " + found.key() + ", " + copies
                    + " copy — nothing is sent again");

            step(6, "the customer's balance, from CARI_HESAP_HAREKETLERI through SqlVeriOkuV2");
            Balance balance = mikro.get(Entity.BALANCE, customer.code()).orElseThrow();
            say("two invoices of " + totals.gross() + " TRY: debit " + balance.debit() + ", credit "
                    + balance.credit() + ", balance " + balance.balance());
        }
        out.println();
        out.println("Done. The sandbox's own view: " + sandbox.baseUri().resolve("/_sandbox/state")
                + " and the requests it received: " + sandbox.baseUri().resolve("/_sandbox/requests"));
    }

    private Party newCustomer() {
        String taxId = TaxIds.randomVkn(new Random(run.hashCode()));
        return new Party(null, "120.99." + run, "Demo Eczane Deposu " + run + " A.Ş.", PartyRole.CUSTOMER, taxId,
                "KONAK", new Address("Atatürk Cd. No:1", "Konak", "İzmir", "35210", "TÜRKİYE"),
                "muhasebe@example.com", "05551234567", "TRY", false, true, null);
    }

    private static Invoice newInvoice(String partyCode, List<Item> items, String number) {
        Item first = items.get(0);
        Item second = items.get(1 % items.size());
        List<DocumentLine> lines = List.of(
                new DocumentLine(1, LineKind.ITEM, first.code(), null, first.name(), new BigDecimal("3"), "ADET",
                        new BigDecimal("33.33"), PriceBasis.VAT_INCLUDED, new BigDecimal("20"), null, "1"),
                new DocumentLine(2, LineKind.ITEM, second.code(), null, second.name() + ", 5 % off",
                        new BigDecimal("2.5"), "ADET", new BigDecimal("1000"), PriceBasis.VAT_EXCLUDED,
                        new BigDecimal("10"), new BigDecimal("5"), "1"));
        return new Invoice(null, number, null, DocumentDirection.SALES, LocalDate.now(ZoneId.of("Europe/Istanbul")),
                null, partyCode, "TRY", null, lines, null, "Köprü demo", null, null);
    }

    private void step(int n, String what) {
        out.println(n + ". " + what);
        out.flush();
    }

    private void say(String text) {
        out.println("   " + text);
        out.flush();
    }
}
