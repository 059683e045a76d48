package dev.kopru.sync.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.Connector;
import dev.kopru.logo.LogoConnector;
import dev.kopru.logo.client.LogoClient;
import dev.kopru.logo.client.LogoConfig;
import dev.kopru.logo.client.LogoPage;
import dev.kopru.logo.sandbox.LogoSandbox;
import dev.kopru.logo.sandbox.LogoSandboxOptions;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Logo firm on a sandbox of its own (the demo data of {@code seed}: cari cards, material cards with barcodes and
 * invoices; and the service and kasa cards its writers name), with the connector under test. What the firm holds is counted from Logo's own tables
 * ({@code LG_001_CLCARD}, {@code LG_001_ITEMS}, {@code LG_001_01_INVOICE}, {@code LG_001_01_CLFLINE} by
 * {@code queries?tsql=}) through a client of its own, not through the connector's mapping; count after the faults are
 * cleared.
 */
final class LogoFirm implements AutoCloseable {

    static final String SUFFIX = "-logo";

    final Sandbox sandbox;
    final Connector connector;
    private final LogoClient auditor;

    LogoFirm(long seed, int demoSize) {
        this(seed, demoSize, List.of(), List.of());
    }

    /** A firm holding besides the service cards {@code services} and the kasa cards {@code cashBoxes}. */
    LogoFirm(long seed, int demoSize, List<String> services, List<String> cashBoxes) {
        sandbox = Sandbox.start(new LogoSandbox(LogoSandboxOptions.builder().demoSeed(seed).demoSize(demoSize)
                .services(services.toArray(String[]::new)).safeDeposits(cashBoxes.toArray(String[]::new)).build()),
                0);
        connector = new LogoConnector(config(sandbox));
        auditor = new LogoClient(config(sandbox));
    }

    /** The sandbox's demo credentials (DESIGN.md): LOGO / LOGO, firm 1, client kopru:kopru. */
    static LogoConfig config(Sandbox sandbox) {
        return LogoConfig.builder().baseUrl(sandbox.baseUri().toString()).username("LOGO").password("LOGO")
                .firmNo("1").clientId("kopru").clientSecret("kopru").build();
    }

    /** Adds a connection named {@code name} + {@value #SUFFIX} to {@code store}; its id. */
    static long addConnection(dev.kopru.sync.store.SyncStore store, String name) {
        return store.transaction(tx -> store.connections().add(tx, "logo", name + SUFFIX, "{}").id());
    }

    /** Resolves connections named …{@value #SUFFIX} to this firm and every other to {@code source}. */
    ConnectorRegistry registryWith(Connector source) {
        return connection -> connection.name().endsWith(SUFFIX) ? connector : source;
    }

    /** The faults the sandbox injected so far, per kind. */
    Map<String, Long> faults() {
        return faults(sandbox);
    }

    /** The faults {@code sandbox} injected so far, per kind. */
    static Map<String, Long> faults(Sandbox sandbox) {
        return sandbox.journal().entries().stream().filter(e -> e.fault() != null)
                .collect(Collectors.groupingBy(RequestJournal.Entry::fault, TreeMap::new, Collectors.counting()));
    }

    /** Cari cards coded {@code prefix}…, per VKN/TCKN (TAXNR or TCKNO). */
    Map<String, Long> cardsByTaxId(String prefix) {
        return rows("SELECT CODE, TAXNR, TCKNO FROM LG_001_CLCARD WHERE CODE LIKE '" + prefix + "%'")
                .collect(Collectors.groupingBy(r -> r.path("TAXNR").asText("").isBlank() ? r.path("TCKNO").asText()
                        : r.path("TAXNR").asText(), TreeMap::new, Collectors.counting()));
    }

    /** Cari cards per code. */
    Map<String, Long> cardsByCode() {
        return byCode("SELECT CODE FROM LG_001_CLCARD");
    }

    /** Material cards per code. */
    Map<String, Long> itemsByCode() {
        return byCode("SELECT CODE FROM LG_001_ITEMS");
    }

    /** Sales invoices numbered {@code prefix}…: per number, the payable total Logo computed for each copy. */
    Map<String, List<BigDecimal>> invoices(String prefix) {
        return amounts("SELECT FICHENO, NETTOTAL FROM LG_001_01_INVOICE WHERE TRCODE = 8 AND FICHENO LIKE '" + prefix
                + "%'", "FICHENO", "NETTOTAL");
    }

    /**
     * Cash slips received ({@code safeDepositSlips} TYPE 11), numbered {@code prefix}…: per number, the amount of each
     * copy, from the cari lines Logo keeps for them ({@code LG_001_01_CLFLINE}, cash module 10, TRCODE 1).
     */
    Map<String, List<BigDecimal>> cashReceipts(String prefix) {
        return amounts("SELECT TRANNO, AMOUNT FROM LG_001_01_CLFLINE WHERE MODULENR = 10 AND TRCODE = 1"
                + " AND TRANNO LIKE '" + prefix + "%'", "TRANNO", "AMOUNT");
    }

    private Map<String, List<BigDecimal>> amounts(String sql, String number, String amount) {
        return rows(sql).collect(Collectors.groupingBy(r -> r.path(number).asText(), TreeMap::new,
                Collectors.mapping(r -> r.path(amount).decimalValue(), Collectors.toList())));
    }

    private Map<String, Long> byCode(String sql) {
        return rows(sql).collect(Collectors.groupingBy(r -> r.path("CODE").asText(), TreeMap::new,
                Collectors.counting()));
    }

    private Stream<ObjectNode> rows(String sql) {
        List<ObjectNode> rows = new ArrayList<>();
        for (LogoPage page = auditor.query(sql, 1000); page != null; page = auditor.next(page).orElse(null)) {
            rows.addAll(page.items());
        }
        return rows.stream();
    }

    /** How many of {@code counts} are there more than once. */
    static long twice(Map<String, ?> counts) {
        return counts.values().stream().filter(n -> n instanceof List<?> l ? l.size() > 1 : ((Long) n) > 1).count();
    }

    @Override
    public void close() {
        connector.close();
        auditor.close();
        sandbox.close();
    }
}
