package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.Payment;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.sync.store.RunCounts;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ISP set into an ERP other than Mikro (DİA, Logo; a subclass names the ERP and the store), with the Mikro set's
 * mappings and options: Wiradius customers → cari cards, Wiradius sales invoices (service lines and ÖİV, each on a
 * service card; Logo takes the ÖİV as a service line, TYPE 4) → sales invoices. Every customer and invoice must be in
 * the ERP once, counted apart from the connector under test. Every invoice's gross as the ERP states it must be what
 * its lines give with each line's VAT rounded on its own, as both sandboxes round it (dia.md §7.3 and logo.md §6.3,
 * inferences): at most a kuruş from Wiradius's, which rounds the ÖİV's VAT together with its line's. Wiradius
 * collections → cash slips received (Logo's {@code safeDepositSlips}), each once and for Wiradius's amount to the
 * kuruş, where the ERP takes them; not into DİA, whose reference names no tahsilat kind (docs/connectors/dia.md).
 */
abstract class IspErpPipelineContract extends StoreContract {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final BigDecimal KURUS = new BigDecimal("0.01");

    Sandbox wiradius;
    Connector wiradiusConnector;
    ErpFirm erp;
    List<Long> pipelines;

    /** The database's name in the proofs' printed figures. */
    abstract String database();

    /** The ERP's empty firm, holding the service cards {@link IspPipelineContract#INVOICES} names. */
    abstract ErpFirm erp();

    @BeforeEach
    void startVendors() {
        wiradius = WiradiusMikro.wiradius(7, 8);
        wiradiusConnector = WiradiusMikro.wiradiusConnector(wiradius.baseUri().toString());
        erp = erp();
        String name = "isp-" + erp.vendor() + "-" + NAMES.incrementAndGet();
        pipelines = IspPipelineContract.addPipelines(store, name, erp.vendor(),
                erp.receipts(IspPipelineContract.RECEIPT_PREFIX).isPresent());
    }

    @AfterEach
    void stopVendors() {
        wiradiusConnector.close();
        wiradius.close();
        erp.close();
    }

    List<RunReport> runAll() {
        ConnectorRegistry registry = c -> c.name().endsWith(WiradiusMikro.WIRADIUS) ? wiradiusConnector
                : erp.connector();
        PipelineRunner runner = new PipelineRunner(store, registry, MikroPipelineContract.TEST_POLICY,
                WriteHooks.NONE);
        return pipelines.stream().map(runner::run).toList();
    }

    @Test
    void moves_an_isp_into_the_erp_once_with_invoices_reconciled_to_the_kurus_and_a_rerun_writes_nothing() {
        List<RunReport> first = runAll();
        List<RunReport> again = runAll();

        assertThat(first).allSatisfy(run -> assertThat(run.counts().failed()).as("run %s", run).isZero());
        Figures figures = assertEverythingOnce();
        assertThat(again).allSatisfy(run -> assertThat(run.counts().written()).as("re-run %s", run).isZero());
        System.out.println("PROOF ISP set → " + erp.label() + " (" + database() + "): " + figures + "; first runs " + counts(first)
                + "; re-run writes " + written(again));
    }

    @Test
    void loses_and_duplicates_nothing_when_the_erp_fails_and_loses_answers() {
        erp.sandbox().faults().seed(14).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05);

        List<RunReport> faulted = runAll();
        Map<String, Long> faults = erp.sandbox().journal().entries().stream().filter(e -> e.fault() != null)
                .collect(Collectors.groupingBy(e -> e.fault(), TreeMap::new, Collectors.counting()));
        erp.sandbox().faults().clear();
        // what the faulted runs left in doubt, the next runs settle (Wiradius does not read a year-old invoice again)
        List<RunReport> settled = runAll();
        List<RunReport> again = runAll();

        Figures figures = assertEverythingOnce();
        System.out.println("PROOF ISP set → " + erp.label() + " under " + erp.label() + " faults (" + database()
                + "): faults injected " + faults + "; runs " + counts(faulted) + "; next runs " + counts(settled)
                + "; " + figures + "; re-run writes " + written(again));
        assertThat(faults.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(10);
        assertThat(faulted).allSatisfy(run -> {
            assertThat(run.state().name()).as("run %s", run).isEqualTo("SUCCEEDED");
            assertThat(run.counts().failed()).as("run %s", run).isZero();
        });
        assertThat(faulted.stream().mapToLong(r -> r.counts().inDoubtResolved()).sum()).isPositive();
        assertThat(settled).allSatisfy(run -> assertThat(run.counts().inDoubt()).as("run %s", run).isZero());
        assertThat(again).allSatisfy(run -> assertThat(run.counts().written()).as("re-run %s", run).isZero());
        assertThat(pipelines).allSatisfy(id -> {
            assertThat(store.<List<?>>transaction(tx -> store.intents().unresolved(tx, id))).isEmpty();
            assertThat(store.<List<?>>transaction(tx -> store.deadLetters().retrying(tx, id))).isEmpty();
        });
    }

    /** What the proofs print: how many of each Wiradius holds, and how many the ERP lost or holds twice. */
    record Figures(String erp, int customers, long cardsLost, long cardsTwice, int invoices, long invoicesLost,
                   long invoicesTwice, BigDecimal grossWiradius, BigDecimal grossErp, int offByAKurus,
                   String collections) {
        @Override
        public String toString() {
            return "customers " + customers + " (lost " + cardsLost + ", duplicated " + cardsTwice + "), invoices "
                    + invoices + " (lost " + invoicesLost + ", duplicated " + invoicesTwice + ", gross Wiradius "
                    + grossWiradius + ", " + erp + " " + grossErp.stripTrailingZeros().toPlainString() + ", " + offByAKurus
                    + " invoices a kuruş off: " + erp + " rounds the ÖİV line's VAT on its own), " + collections;
        }
    }

    /**
     * Every customer, invoice and (where the ERP takes them) collection in the ERP once; every invoice's gross
     * Wiradius's to the kuruş, and every collection's amount.
     */
    Figures assertEverythingOnce() {
        List<Party> customers = WiradiusMikro.customers(wiradiusConnector);
        Map<String, Long> cards = erp.cards(IspPipelineContract.CUSTOMER_PREFIX);
        List<Invoice> invoices = WiradiusMikro.salesInvoices(wiradiusConnector);
        Map<String, List<BigDecimal>> inErp = erp.invoices(IspPipelineContract.INVOICE_PREFIX);

        long cardsLost = customers.stream()
                .filter(c -> !cards.containsKey(IspPipelineContract.CUSTOMER_PREFIX + c.taxId().trim())).count();
        long invoicesLost = invoices.stream().filter(i -> !inErp.containsKey(i.number())).count();
        BigDecimal grossErp = BigDecimal.ZERO;
        int offByAKurus = 0;
        for (Invoice invoice : invoices) {
            assertThat(DocumentTotals.of(invoice).check(invoice.statedTotals())).as("Wiradius %s", invoice.number())
                    .isEmpty();
            for (BigDecimal gross : inErp.getOrDefault(invoice.number(), List.of())) {
                assertThat(gross).as("gross of %s in %s, its lines' VAT rounded one by one", invoice.number(),
                                erp.label())
                        .isEqualByComparingTo(linePerLine(invoice).gross());
                BigDecimal drift = gross.subtract(invoice.statedTotals().gross()).abs();
                assertThat(drift).as("gross of %s in %s against Wiradius", invoice.number(), erp.label())
                        .isLessThanOrEqualTo(KURUS);
                offByAKurus += drift.signum();
                grossErp = grossErp.add(gross);
            }
        }
        Figures figures = new Figures(erp.label(), customers.size(), cardsLost, twice(cards.values()),
                invoices.size(), invoicesLost, twice(inErp.values().stream().map(l -> (long) l.size()).toList()),
                invoices.stream().map(i -> i.statedTotals().gross()).reduce(BigDecimal.ZERO, BigDecimal::add),
                grossErp, offByAKurus, assertCollectionsOnce());
        assertThat(customers).isNotEmpty();
        assertThat(invoices).anySatisfy(i -> assertThat(i.lines()).anySatisfy(l -> assertThat(l.itemCode())
                .isEqualTo("OIV")));
        assertThat(List.of(cardsLost, figures.cardsTwice(), invoicesLost, figures.invoicesTwice()))
                .as("lost and duplicated: %s", figures).containsOnly(0L);
        assertThat(cards).hasSize(customers.size());
        assertThat(inErp).hasSize(invoices.size());
        return figures;
    }

    /** Every Wiradius collection received into the ERP once, for its amount to the kuruş; the figures. */
    private String assertCollectionsOnce() {
        Optional<Map<String, List<BigDecimal>>> held = erp.receipts(IspPipelineContract.RECEIPT_PREFIX);
        if (held.isEmpty()) {
            return "no collections (" + erp.label() + " takes none)";
        }
        Map<String, List<BigDecimal>> receipts = held.get();
        List<Payment> collections = WiradiusMikro.collections(wiradiusConnector);
        long lost = collections.stream()
                .filter(p -> !receipts.containsKey(IspPipelineContract.RECEIPT_PREFIX + p.number().trim())).count();
        long duplicated = twice(receipts.values().stream().map(l -> (long) l.size()).toList());
        for (Payment collection : collections) {
            assertThat(receipts.getOrDefault(IspPipelineContract.RECEIPT_PREFIX + collection.number().trim(),
                    List.of())).as("amount of collection %s in %s", collection.number(), erp.label())
                    .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo(collection.amount().amount()));
        }
        BigDecimal collected = collections.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal received = receipts.values().stream().flatMap(List::stream).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        String figures = "collections " + collections.size() + " (lost " + lost + ", duplicated " + duplicated + ", "
                + collected + " = " + erp.label() + " cash slips " + received + ")";
        assertThat(collections).isNotEmpty();
        assertThat(List.of(lost, duplicated)).as("lost and duplicated: %s", figures).containsOnly(0L);
        assertThat(receipts).hasSize(collections.size());
        assertThat(received).isEqualByComparingTo(collected);
        return figures;
    }

    /**
     * The totals the ERP states for {@code invoice}'s lines: the ÖİV goes as a service line, whose VAT the ERP rounds on
     * its own, where Wiradius (and {@link DocumentTotals}) rounds it once with the VAT of the line it taxes.
     */
    private static DocumentTotals linePerLine(Invoice invoice) {
        return DocumentTotals.of(invoice.lines().stream().map(l -> l.kind() != LineKind.TAX ? l
                : new DocumentLine(l.lineNo(), LineKind.SERVICE, l.itemCode(), l.barcode(), l.description(),
                        l.quantity(), l.unit(), l.unitPrice(), l.priceBasis(), l.vatRate(), l.discountRate(),
                        l.warehouse())).toList());
    }

    private static long twice(Collection<Long> counts) {
        return counts.stream().filter(n -> n > 1).count();
    }

    private static long written(List<RunReport> runs) {
        return runs.stream().mapToLong(r -> r.counts().written()).sum();
    }

    private static List<RunCounts> counts(List<RunReport> runs) {
        return runs.stream().map(RunReport::counts).toList();
    }
}
