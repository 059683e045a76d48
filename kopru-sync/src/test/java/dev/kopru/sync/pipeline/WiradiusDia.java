package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Party;
import dev.kopru.dia.DiaConnector;
import dev.kopru.dia.client.DiaClient;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.dia.sandbox.DiaSandboxOptions;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxJson;
import dev.kopru.wiradius.sandbox.WiradiusSandbox;
import dev.kopru.wiradius.sandbox.WiradiusSandboxOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An ISP on Wiradius (a year of monthly invoices, up to this month) and an empty DİA firm holding the service cards
 * the invoices' lines go on, with a connector to each. What DİA holds is counted through a connector of its own, not
 * the one under test, after the faults are cleared.
 */
final class WiradiusDia implements AutoCloseable {

    static final String WIRADIUS = "-wiradius";

    final Sandbox wiradius;
    final Sandbox dia;
    final Connector wiradiusConnector;
    final Connector diaConnector;
    private final Connector auditor;

    WiradiusDia(long seed, int subscribers, List<String> serviceCards) {
        LocalDate thisMonth = LocalDate.now(MikroSandboxOptions.ISTANBUL).withDayOfMonth(1);
        wiradius = Sandbox.start(new WiradiusSandbox(WiradiusSandboxOptions.builder().demoSeed(seed)
                .subscribers(subscribers).referenceDate(thisMonth).build()), 0);
        dia = Sandbox.start(new DiaSandbox(DiaSandboxOptions.builder().demoSeed((int) seed).demoSize(0).build()), 0);
        wiradiusConnector = WiradiusMikro.wiradiusConnector(wiradius.baseUri().toString());
        diaConnector = DiaFirms.connector(dia);
        auditor = DiaFirms.connector(dia);
        // the firm's own set-up before the first run: the hizmet cards, and a tax office kod for each name Wiradius
        // gives (it drops "Vergi Dairesi"; DİA links an office by kod and refuses a card whose office it lacks)
        DiaClient client = ((DiaConnector) auditor).client();
        serviceCards.forEach(code -> client.model("scf_hizmetkart").create(
                SandboxJson.object().put("hizmetkartkodu", code).put("aciklama", code)));
        customers().stream().map(Party::taxOffice).filter(o -> o != null && !o.isBlank()).distinct()
                .forEach(office -> client.model("sis_vergidairesi").create(SandboxJson.object().put("kod", office)
                        .put("adi", office)));
    }

    static MikroPair.ConnectionIds addConnections(SyncStore store, String prefix) {
        return store.transaction(tx -> new MikroPair.ConnectionIds(
                store.connections().add(tx, "wiradius", prefix + WIRADIUS, "{}").id(),
                store.connections().add(tx, "dia", prefix + "-dia", "{}").id()));
    }

    ConnectorRegistry registry() {
        return connection -> connection.name().endsWith(WIRADIUS) ? wiradiusConnector : diaConnector;
    }

    List<Party> customers() {
        return WiradiusMikro.customers(wiradiusConnector);
    }

    List<Invoice> salesInvoices() {
        return WiradiusMikro.salesInvoices(wiradiusConnector);
    }

    /** DİA's cari cards coded {@code prefix}…, per code. */
    Map<String, Long> cards(String prefix) {
        return auditor.stream(Entity.PARTY, ReadRequest.full(100)).map(Party::code)
                .filter(code -> code != null && code.startsWith(prefix))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** DİA's invoices numbered {@code prefix}…, as DİA states them, grouped per number. */
    Map<String, List<Invoice>> invoices(String prefix) {
        return auditor.stream(Entity.INVOICE, ReadRequest.full(100))
                .filter(i -> i.number() != null && i.number().startsWith(prefix))
                .collect(Collectors.groupingBy(Invoice::number));
    }

    @Override
    public void close() {
        wiradiusConnector.close();
        diaConnector.close();
        auditor.close();
        wiradius.close();
        dia.close();
    }
}
