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
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accounting ERP an ISP's Wiradius records go into, for {@link IspErpPipelineContract}: an empty firm on a sandbox
 * of its own, the connector under test, and what the firm holds counted apart from that connector (after the faults
 * are cleared). Both round each line's VAT on its own, so an invoice's gross may lie a kuruş from Wiradius's.
 */
interface IspErp extends AutoCloseable {

    /** The connection's vendor, e.g. {@code dia}. */
    String vendor();

    /** The vendor's name in the printed proofs. */
    String label();

    Sandbox sandbox();

    Connector connector();

    /** Cari cards coded {@code prefix}…, per code. */
    Map<String, Long> cards(String prefix);

    /** Sales invoices numbered {@code prefix}…: per number, the gross the ERP states for each copy. */
    Map<String, List<BigDecimal>> invoices(String prefix);

    @Override
    void close();

    /**
     * A DİA firm holding the hizmet cards the invoices' lines go on, and a tax office {@code kod} for each office the
     * customers name (Wiradius drops "Vergi Dairesi"; DİA links an office by kod and refuses a card whose office it
     * lacks); counted through a DİA connector of its own.
     */
    static IspErp dia(long seed, List<String> serviceCards, List<Party> customers) {
        Sandbox sandbox = Sandbox.start(new DiaSandbox(DiaSandboxOptions.builder().demoSeed((int) seed).demoSize(0)
                .build()), 0);
        Connector connector = DiaFirms.connector(sandbox);
        Connector auditor = DiaFirms.connector(sandbox);
        DiaClient client = ((DiaConnector) auditor).client();
        serviceCards.forEach(code -> client.model("scf_hizmetkart").create(
                SandboxJson.object().put("hizmetkartkodu", code).put("aciklama", code)));
        customers.stream().map(Party::taxOffice).filter(o -> o != null && !o.isBlank()).distinct()
                .forEach(office -> client.model("sis_vergidairesi").create(SandboxJson.object().put("kod", office)
                        .put("adi", office)));
        return new IspErp() {
            @Override
            public String vendor() {
                return "dia";
            }

            @Override
            public String label() {
                return "DİA";
            }

            @Override
            public Sandbox sandbox() {
                return sandbox;
            }

            @Override
            public Connector connector() {
                return connector;
            }

            @Override
            public Map<String, Long> cards(String prefix) {
                return auditor.stream(Entity.PARTY, ReadRequest.full(100)).map(Party::code)
                        .filter(code -> code != null && code.startsWith(prefix))
                        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
            }

            @Override
            public Map<String, List<BigDecimal>> invoices(String prefix) {
                return auditor.stream(Entity.INVOICE, ReadRequest.full(100))
                        .filter(i -> i.number() != null && i.number().startsWith(prefix))
                        .collect(Collectors.groupingBy(Invoice::number, TreeMap::new,
                                Collectors.mapping(i -> i.statedTotals().gross(), Collectors.toList())));
            }

            @Override
            public void close() {
                connector.close();
                auditor.close();
                sandbox.close();
            }
        };
    }

    /**
     * An empty Logo firm, counted from its own tables: the sandbox keeps no service cards, so the invoices' service
     * and ÖİV lines name theirs unchecked.
     */
    static IspErp logo(long seed) {
        LogoFirm firm = new LogoFirm(seed, 0);
        return new IspErp() {
            @Override
            public String vendor() {
                return "logo";
            }

            @Override
            public String label() {
                return "Logo";
            }

            @Override
            public Sandbox sandbox() {
                return firm.sandbox;
            }

            @Override
            public Connector connector() {
                return firm.connector;
            }

            @Override
            public Map<String, Long> cards(String prefix) {
                return new TreeMap<>(firm.cardsByCode().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            }

            @Override
            public Map<String, List<BigDecimal>> invoices(String prefix) {
                return firm.invoices(prefix);
            }

            @Override
            public void close() {
                firm.close();
            }
        };
    }
}
