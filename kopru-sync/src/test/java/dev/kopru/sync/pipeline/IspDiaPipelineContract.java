package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Party;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.RunCounts;
import dev.kopru.sync.write.WriteHooks;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ISP set into DİA, with the Mikro set's mappings and options: Wiradius customers → DİA cari cards, Wiradius sales
 * invoices (service lines and ÖİV, each on a hizmet card) → DİA sales invoices, on the store a subclass provides.
 * Every customer and invoice must be in DİA once, counted through the DİA sandbox. Every invoice's gross as DİA
 * states it must be what its lines give with each line's VAT rounded on its own, as DİA rounds it (dia.md §7.3,
 * inference): at most a kuruş from Wiradius's, which rounds the ÖİV's VAT together with its line's. Collections are not carried: DİA's reference names no tahsilat kind
 * (docs/connectors/dia.md).
 */
abstract class IspDiaPipelineContract extends StoreContract {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final BigDecimal KURUS = new BigDecimal("0.01");

    WiradiusDia vendors;
    List<Long> pipelines;

    /** The database's name in the proofs' printed figures. */
    abstract String database();

    @BeforeEach
    void startVendors() {
        vendors = new WiradiusDia(7, 8, List.of("HZM-ABONELIK", "HZM-OIV"));
        String name = "isp-dia-" + NAMES.incrementAndGet();
        MikroPair.ConnectionIds ids = WiradiusDia.addConnections(store, name);
        pipelines = store.transaction(tx -> List.of(
                store.pipelines().add(tx, PipelineSpec.mapped(name + "-customers", ids.source(), "party",
                        ids.target(), "party", 50, IspPipelineContract.CUSTOMERS)).id(),
                store.pipelines().add(tx, PipelineSpec.mapped(name + "-invoices", ids.source(), "invoice",
                        ids.target(), "invoice", 50, IspPipelineContract.INVOICES)).id()));
    }

    @AfterEach
    void stopVendors() {
        vendors.close();
    }

    List<RunReport> runAll() {
        PipelineRunner runner = new PipelineRunner(store, vendors.registry(), MikroPipelineContract.TEST_POLICY,
                WriteHooks.NONE);
        return pipelines.stream().map(runner::run).toList();
    }

    @Test
    void moves_an_isp_into_dia_once_with_invoices_reconciled_to_the_kurus_and_a_rerun_writes_nothing() {
        List<RunReport> first = runAll();
        List<RunReport> again = runAll();

        assertThat(first).allSatisfy(run -> assertThat(run.counts().failed()).as("run %s", run).isZero());
        Figures figures = assertEverythingOnce();
        assertThat(again).allSatisfy(run -> assertThat(run.counts().written()).as("re-run %s", run).isZero());
        System.out.println("PROOF ISP set → DİA (" + database() + "): " + figures + "; first runs " + counts(first)
                + "; re-run writes " + written(again));
    }

    @Test
    void loses_and_duplicates_nothing_when_dia_fails_and_loses_answers() {
        vendors.dia.faults().seed(14).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05);

        List<RunReport> faulted = runAll();
        Map<String, Long> faults = vendors.dia.journal().entries().stream().filter(e -> e.fault() != null)
                .collect(Collectors.groupingBy(e -> e.fault(), TreeMap::new, Collectors.counting()));
        vendors.dia.faults().clear();
        // what the faulted runs left in doubt, the next runs settle (Wiradius does not read a year-old invoice again)
        List<RunReport> settled = runAll();
        List<RunReport> again = runAll();

        Figures figures = assertEverythingOnce();
        System.out.println("PROOF ISP set → DİA under DİA faults (" + database() + "): faults injected " + faults
                + "; runs " + counts(faulted) + "; next runs " + counts(settled) + "; " + figures
                + "; re-run writes " + written(again));
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

    /** What the proofs print: how many of each Wiradius holds, and how many DİA lost or holds twice. */
    record Figures(int customers, long cardsLost, long cardsTwice, int invoices, long invoicesLost,
                   long invoicesTwice, BigDecimal grossWiradius, BigDecimal grossDia, int offByAKurus) {
        @Override
        public String toString() {
            return "customers " + customers + " (lost " + cardsLost + ", duplicated " + cardsTwice + "), invoices "
                    + invoices + " (lost " + invoicesLost + ", duplicated " + invoicesTwice + ", gross Wiradius "
                    + grossWiradius + ", DİA " + grossDia.stripTrailingZeros().toPlainString() + ", " + offByAKurus
                    + " invoices a kuruş off: DİA rounds the ÖİV line's VAT on its own)";
        }
    }

    /** Every customer and invoice in DİA once; every invoice's gross Wiradius's to the kuruş. */
    Figures assertEverythingOnce() {
        List<Party> customers = vendors.customers();
        Map<String, Long> cards = vendors.cards(IspPipelineContract.CUSTOMER_PREFIX);
        List<Invoice> invoices = vendors.salesInvoices();
        Map<String, List<Invoice>> inDia = vendors.invoices(IspPipelineContract.INVOICE_PREFIX);

        long cardsLost = customers.stream()
                .filter(c -> !cards.containsKey(IspPipelineContract.CUSTOMER_PREFIX + c.taxId().trim())).count();
        long invoicesLost = invoices.stream().filter(i -> !inDia.containsKey(i.number())).count();
        BigDecimal grossDia = BigDecimal.ZERO;
        int offByAKurus = 0;
        for (Invoice invoice : invoices) {
            assertThat(DocumentTotals.of(invoice).check(invoice.statedTotals())).as("Wiradius %s", invoice.number())
                    .isEmpty();
            for (Invoice copy : inDia.getOrDefault(invoice.number(), List.of())) {
                BigDecimal gross = copy.statedTotals().gross();
                assertThat(gross).as("gross of %s in DİA, its lines' VAT rounded one by one", invoice.number())
                        .isEqualByComparingTo(linePerLine(invoice).gross());
                BigDecimal drift = gross.subtract(invoice.statedTotals().gross()).abs();
                assertThat(drift).as("gross of %s in DİA against Wiradius", invoice.number())
                        .isLessThanOrEqualTo(KURUS);
                offByAKurus += drift.signum();
                grossDia = grossDia.add(gross);
            }
        }
        Figures figures = new Figures(customers.size(), cardsLost, twice(cards.values()), invoices.size(),
                invoicesLost, twice(inDia.values().stream().map(l -> (long) l.size()).toList()),
                invoices.stream().map(i -> i.statedTotals().gross()).reduce(BigDecimal.ZERO, BigDecimal::add),
                grossDia, offByAKurus);
        assertThat(customers).isNotEmpty();
        assertThat(invoices).anySatisfy(i -> assertThat(i.lines()).anySatisfy(l -> assertThat(l.itemCode())
                .isEqualTo("OIV")));
        assertThat(List.of(cardsLost, figures.cardsTwice(), invoicesLost, figures.invoicesTwice()))
                .as("lost and duplicated: %s", figures).containsOnly(0L);
        assertThat(cards).hasSize(customers.size());
        assertThat(inDia).hasSize(invoices.size());
        return figures;
    }

    /**
     * The totals DİA states for {@code invoice}'s lines: the ÖİV goes as a service line, whose VAT DİA rounds on its
     * own, where Wiradius (and {@link DocumentTotals}) rounds it once with the VAT of the line it taxes.
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
