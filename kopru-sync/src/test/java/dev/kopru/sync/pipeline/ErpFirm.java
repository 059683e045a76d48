package dev.kopru.sync.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Party;
import dev.kopru.dia.DiaConnector;
import dev.kopru.dia.client.DiaClient;
import dev.kopru.logo.LogoConnector;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A firm of an ERP other than Mikro (DİA, Logo) on a sandbox of its own, as the proofs that write into it take it as a
 * parameter: the connector under test, and what the firm holds counted apart from that connector (after the faults
 * are cleared). Both round each line's VAT on its own.
 */
interface ErpFirm extends AutoCloseable {

    /** The connection's vendor, e.g. {@code dia}. */
    String vendor();

    /** The vendor's name in the printed proofs. */
    String label();

    Sandbox sandbox();

    Connector connector();

    /** Cari cards coded {@code prefix}…, per code. */
    Map<String, Long> cards(String prefix);

    /** Sales invoices numbered {@code prefix}…: per number, the gross the firm states for each copy. */
    Map<String, List<BigDecimal>> invoices(String prefix);

    /** How many times the connector under test logged in. */
    long logins();

    /**
     * Collections received, numbered {@code prefix}…: per number, the amount of each copy; empty for an ERP the ISP
     * set carries no collections into (DİA: its reference names no tahsilat kind).
     */
    default Optional<Map<String, List<BigDecimal>>> receipts(String prefix) {
        return Optional.empty();
    }

    @Override
    void close();

    /**
     * A DİA firm holding {@code demoSize} demo records and the hizmet cards {@code serviceCards}; the connector finds
     * the tax office a party names (Wiradius and FarmaBorsa drop "Vergi Dairesi") in the firm's national table, as
     * it would in a real firm. Cards are counted through a DİA connector
     * of its own, invoices by the sandbox ({@code /_sandbox/dia/invoices}: copies per number, and DİA's {@code net},
     * its gross).
     */
    static ErpFirm dia(long seed, int demoSize, List<String> serviceCards) {
        Sandbox sandbox = Sandbox.start(DiaFirms.sandbox((int) seed, demoSize), 0);
        Connector connector = DiaFirms.connector(sandbox);
        Connector auditor = DiaFirms.connector(sandbox);
        DiaClient client = ((DiaConnector) auditor).client();
        serviceCards.forEach(code -> client.model("scf_hizmetkart").create(
                SandboxJson.object().put("hizmetkartkodu", code).put("aciklama", code)));
        return new ErpFirm() {
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
                JsonNode held = FarmaMikro.admin(sandbox, "GET", "/_sandbox/dia/invoices?prefix=" + prefix, null);
                Map<String, List<BigDecimal>> invoices = new TreeMap<>();
                held.get("invoices").properties().forEach(e -> invoices.put(e.getKey(), Collections.nCopies(
                        e.getValue().asInt(), new BigDecimal(held.get("net").get(e.getKey()).asText()))));
                return invoices;
            }

            @Override
            public long logins() {
                return ((DiaConnector) connector).client().logins();
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
     * A Logo firm holding {@code demoSize} demo records, the service cards {@code serviceCards} and the kasa cards
     * {@code cashBoxes} (the sandbox refuses a service line or a cash slip naming none), counted from its own tables
     * ({@link LogoFirm}).
     */
    static ErpFirm logo(long seed, int demoSize, List<String> serviceCards, List<String> cashBoxes) {
        LogoFirm firm = new LogoFirm(seed, demoSize, serviceCards, cashBoxes);
        return new ErpFirm() {
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
            public long logins() {
                return ((LogoConnector) firm.connector).client().logins();
            }

            @Override
            public Optional<Map<String, List<BigDecimal>>> receipts(String prefix) {
                return Optional.of(firm.cashReceipts(prefix));
            }

            @Override
            public void close() {
                firm.close();
            }
        };
    }
}
