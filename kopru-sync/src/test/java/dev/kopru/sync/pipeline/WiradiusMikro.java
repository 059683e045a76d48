package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.Payment;
import dev.kopru.mikro.MikroConnector;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.wiradius.Reading;
import dev.kopru.wiradius.WiradiusConnector;
import dev.kopru.wiradius.client.WiradiusConfig;
import dev.kopru.wiradius.sandbox.WiradiusSandbox;
import dev.kopru.wiradius.sandbox.WiradiusSandboxOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ISP on Wiradius (a year of monthly invoices, up to this month) and an empty Mikro company, with a connector to each.
 * What Mikro holds is counted from the Mikro sandbox's admin routes, not through the connector under test.
 */
final class WiradiusMikro implements AutoCloseable {

    static final String WIRADIUS = "-wiradius";
    static final String MIKRO = "-mikro";

    final Sandbox wiradius;
    final Sandbox mikro;
    final Connector wiradiusConnector;
    final Connector mikroConnector;

    WiradiusMikro(long seed, int subscribers) {
        wiradius = wiradius(seed, subscribers);
        mikro = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(seed).demoSize(0).build()), 0);
        wiradiusConnector = wiradiusConnector(wiradius.baseUri().toString());
        mikroConnector = new MikroConnector(MikroPair.config(mikro), DocumentSettings.defaults());
    }

    /** An ISP's Wiradius as the demo starts it: a year of monthly invoices, the twelve months before this one. */
    static Sandbox wiradius(long seed, int subscribers) {
        LocalDate thisMonth = LocalDate.now(MikroSandboxOptions.ISTANBUL).withDayOfMonth(1);
        return Sandbox.start(new WiradiusSandbox(WiradiusSandboxOptions.builder().demoSeed(seed)
                .subscribers(subscribers).referenceDate(thisMonth).build()), 0);
    }

    /** Thirteen months back, so that the sandbox's twelve months of invoices are all read. */
    static Connector wiradiusConnector(String baseUrl) {
        return new WiradiusConnector(WiradiusConfig.builder().baseUrl(baseUrl)
                .apiCode(WiradiusSandboxOptions.DEMO_API_CODE).uniqCode(WiradiusSandboxOptions.DEMO_UNIQ_CODE)
                .build(), new Reading(13, 7));
    }

    ConnectorRegistry registry() {
        return connection -> connection.name().endsWith(WIRADIUS) ? wiradiusConnector : mikroConnector;
    }

    List<Party> customers() {
        return customers(wiradiusConnector);
    }

    List<Invoice> salesInvoices() {
        return salesInvoices(wiradiusConnector);
    }

    static List<Party> customers(Connector wiradius) {
        return wiradius.stream(Entity.PARTY, ReadRequest.full(1000)).toList();
    }

    static List<Invoice> salesInvoices(Connector wiradius) {
        return wiradius.stream(Entity.INVOICE, new ReadRequest(Optional.empty(), 1000, Map.of("type", "sell")))
                .toList();
    }

    List<Payment> collections() {
        return collections(wiradiusConnector);
    }

    static List<Payment> collections(Connector wiradius) {
        return wiradius.stream(Entity.PAYMENT, ReadRequest.full(1000)).toList();
    }

    /** Mikro's cari cards coded {@code prefix}…, per tax id. */
    Map<String, Long> cards(String prefix) {
        return counts("/_sandbox/mikro-cards?prefix=" + prefix, "cards");
    }

    /** Mikro's sales invoices per number starting with {@code prefix}. */
    Map<String, Long> invoices(String prefix) {
        return counts("/_sandbox/mikro-invoices?prefix=" + prefix, "invoices");
    }

    /** Mikro's cash receipts (cha_evrak_tip 1) per number starting with {@code prefix}. */
    Map<String, Long> receipts(String prefix) {
        return counts("/_sandbox/mikro-invoices?type=1&prefix=" + prefix, "invoices");
    }

    private Map<String, Long> counts(String path, String member) {
        return FarmaMikro.counts(mikro, path, member);
    }

    @Override
    public void close() {
        wiradiusConnector.close();
        mikroConnector.close();
        wiradius.close();
        mikro.close();
    }
}
