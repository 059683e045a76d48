package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.Payment;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.RunCounts;
import dev.kopru.sync.write.TransientRetries;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.sync.write.WritePolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ISP set: Wiradius customers → Mikro cari cards, Wiradius sales invoices (service lines and ÖİV) → Mikro sales
 * invoices, Wiradius collections → Mikro cash receipts, on the store a subclass provides (H2 or PostgreSQL). Every
 * customer, invoice and collection must be in Mikro exactly once, counted from the Mikro sandbox's admin routes, and
 * every invoice's gross must be Wiradius's to the kuruş.
 */
abstract class IspPipelineContract extends StoreContract {

    static final String CUSTOMER_PREFIX = "120.WR.";
    static final String INVOICE_PREFIX = "WRD";
    static final String RECEIPT_PREFIX = "WRT-";
    static final String CUSTOMERS = "{\"mapping\":\"customer-by-tax-id\",\"customerCodePrefix\":\"" + CUSTOMER_PREFIX
            + "\"}";
    /** The service cards {@link #INVOICES} names (the packages' and the ÖİV's), which the ERP must hold. */
    static final List<String> SERVICE_CARDS = List.of("HZM-ABONELIK", "HZM-OIV");
    /** The cash box {@link #COLLECTIONS} names, which the ERP must hold. */
    static final String CASH_BOX = "WR-TAHSILAT";
    static final String INVOICES = "{\"mapping\":\"sales-invoice-of-customer\",\"sourceFilters\":{\"type\":\"sell\"},"
            + "\"customerCodePrefix\":\"" + CUSTOMER_PREFIX + "\",\"serviceCode\":\"" + SERVICE_CARDS.get(0) + "\","
            + "\"taxCodes\":{\"OIV\":\"" + SERVICE_CARDS.get(1) + "\"}}";
    static final String COLLECTIONS = "{\"mapping\":\"collection-of-customer\",\"customerCodePrefix\":\""
            + CUSTOMER_PREFIX + "\",\"receiptNumberPrefix\":\"" + RECEIPT_PREFIX + "\",\"cashBox\":\"" + CASH_BOX
            + "\"}";
    private static final AtomicInteger NAMES = new AtomicInteger();

    WiradiusMikro vendors;
    List<Long> pipelines;

    /** The database's name in the proofs' printed figures. */
    abstract String database();

    @BeforeEach
    void startVendors() {
        vendors = new WiradiusMikro(7, 12);
        pipelines = addPipelines(store, "isp-" + NAMES.incrementAndGet(), "mikro", true);
    }

    /**
     * The connections {@code name}-wiradius and {@code name}-{@code erp}, and the set's pipelines between them in the
     * order the demo runs them: customers, invoices and (when {@code collections}) collections.
     */
    static List<Long> addPipelines(dev.kopru.sync.store.SyncStore store, String name, String erp,
                                   boolean collections) {
        return store.transaction(tx -> {
            long source = store.connections().add(tx, "wiradius", name + WiradiusMikro.WIRADIUS, "{}").id();
            long target = store.connections().add(tx, erp, name + "-" + erp, "{}").id();
            List<Long> ids = new java.util.ArrayList<>(List.of(
                    store.pipelines().add(tx, PipelineSpec.mapped(name + "-customers", source, "party", target,
                            "party", 50, CUSTOMERS)).id(),
                    store.pipelines().add(tx, PipelineSpec.mapped(name + "-invoices", source, "invoice", target,
                            "invoice", 50, INVOICES)).id()));
            if (collections) {
                ids.add(store.pipelines().add(tx, PipelineSpec.mapped(name + "-collections", source, "payment",
                        target, "payment", 50, COLLECTIONS)).id());
            }
            return ids;
        });
    }

    @AfterEach
    void stopVendors() {
        vendors.close();
    }

    /** Runs customers, invoices and collections, in the order the demo schedules them; their counts. */
    List<RunReport> runAll() {
        PipelineRunner runner = new PipelineRunner(store, vendors.registry(), MikroPipelineContract.TEST_POLICY,
                WriteHooks.NONE);
        return pipelines.stream().map(runner::run).toList();
    }

    @Test
    void moves_an_isp_into_mikro_once_with_invoices_reconciled_to_the_kurus_and_a_rerun_writes_nothing() {
        List<RunReport> first = runAll();
        List<RunReport> again = runAll();

        assertThat(first).allSatisfy(run -> assertThat(run.counts().failed()).as("run %s", run).isZero());
        Figures figures = assertEverythingOnce();
        assertThat(again).allSatisfy(run -> assertThat(run.counts().written()).as("re-run %s", run).isZero());
        System.out.println("PROOF ISP set (" + database() + "): " + figures + "; first runs " + counts(first)
                + "; re-run writes " + again.stream().mapToLong(r -> r.counts().written()).sum());
    }

    @Test
    void a_customer_an_invoice_brought_first_is_linked_by_the_customers_pipeline_not_opened_twice() {
        PipelineRunner runner = new PipelineRunner(store, vendors.registry(), MikroPipelineContract.TEST_POLICY,
                WriteHooks.NONE);
        RunReport invoices = runner.run(pipelines.get(1));
        RunReport customers = runner.run(pipelines.get(0));
        RunReport collections = runner.run(pipelines.get(2));

        assertThat(List.of(invoices, customers, collections)).allSatisfy(run -> assertThat(run.counts().failed())
                .as("run %s", run).isZero());
        assertThat(customers.counts().written()).as("cards the invoices opened are linked").isZero();
        assertEverythingOnce();
    }

    @Test
    void the_three_run_at_once_open_each_customers_card_once() throws Exception {
        PipelineRunner runner = new PipelineRunner(store, vendors.registry(), MikroPipelineContract.TEST_POLICY,
                WriteHooks.NONE);
        List<java.util.concurrent.CompletableFuture<RunReport>> runs = pipelines.stream()
                .map(id -> java.util.concurrent.CompletableFuture.supplyAsync(() -> runner.run(id))).toList();
        List<RunReport> reports = runs.stream().map(java.util.concurrent.CompletableFuture::join).toList();

        assertThat(reports).allSatisfy(run -> assertThat(run.counts().failed()).as("run %s", run).isZero());
        assertThat(pipelines).allSatisfy(id -> assertThat(store.<List<?>>transaction(tx -> store.deadLetters()
                .open(tx, id))).isEmpty());
        System.out.println("PROOF ISP set run at once (" + database() + "): runs " + counts(reports) + "; "
                + assertEverythingOnce());
    }

    @Test
    void loses_and_duplicates_nothing_when_mikro_fails_and_loses_answers() {
        vendors.mikro.faults().seed(14).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05);

        List<RunReport> faulted = runAll();
        Map<String, Long> faults = vendors.mikro.journal().entries().stream().filter(e -> e.fault() != null)
                .collect(Collectors.groupingBy(e -> e.fault(), java.util.TreeMap::new, Collectors.counting()));
        vendors.mikro.faults().clear();
        // a create still in doubt after every lookup is kept for the next run, which writes it (once) even though a
        // date-window source with a week's look-back does not read a year-old invoice again
        List<RunReport> settled = runAll();
        List<RunReport> again = runAll();

        Figures figures = assertEverythingOnce();
        System.out.println("PROOF ISP set under Mikro faults (" + database() + "): faults injected " + faults
                + "; runs " + counts(faulted) + "; next runs " + counts(settled) + "; " + figures
                + "; re-run writes " + again.stream().mapToLong(r -> r.counts().written()).sum());
        assertThat(faults.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(10);
        assertThat(faulted).allSatisfy(run -> {
            assertThat(run.state().name()).as("run %s", run).isEqualTo("SUCCEEDED");
            assertThat(run.counts().failed()).as("run %s", run).isZero();
        });
        assertThat(faulted.stream().mapToLong(r -> r.counts().inDoubtResolved()).sum()).isPositive();
        assertThat(settled).allSatisfy(run -> assertThat(run.counts().inDoubt()).as("run %s", run).isZero());
        assertThat(again).allSatisfy(run -> assertThat(run.counts().written()).as("re-run %s", run).isZero());
        assertNothingLeft();
    }

    @Test
    void an_invoice_left_in_doubt_is_written_by_the_next_run_though_the_source_does_not_read_it_again() {
        PipelineRunner runner = new PipelineRunner(store, vendors.registry(), MikroPipelineContract.TEST_POLICY,
                WriteHooks.NONE);
        runner.run(pipelines.get(0));
        writers(1); // the first invoice takes every dropped send
        vendors.mikro.faults().dropNextWrites(MikroPipelineContract.TEST_POLICY.maxSends());

        RunReport doubted = runner.run(pipelines.get(1));
        long unresolved = store.transaction(tx -> store.intents().unresolved(tx, pipelines.get(1))).size();
        RunReport next = runner.run(pipelines.get(1));
        RunReport again = runner.run(pipelines.get(1));

        System.out.println("PROOF in-doubt invoice kept for the next run (" + database() + "): first run "
                + doubted.counts() + " (intents unresolved " + unresolved + "); next run " + next.counts()
                + "; re-run writes " + again.counts().written());
        assertThat(doubted.counts().inDoubt()).isEqualTo(1);
        assertThat(unresolved).isEqualTo(1);
        assertThat(next.counts().inDoubt()).isZero();
        assertThat(next.counts().written()).as("the kept invoice, sent again after a lookup found nothing")
                .isEqualTo(1);
        assertThat(again.counts().written()).isZero();
        runner.run(pipelines.get(2));
        assertEverythingOnce();
        assertNothingLeft();
    }

    @Test
    void an_invoice_that_failed_transiently_is_written_by_a_later_run_from_its_letter() {
        WritePolicy policy = MikroPipelineContract.TEST_POLICY.withTransientRetries(
                new TransientRetries(3, java.time.Duration.ZERO));
        PipelineRunner plain = new PipelineRunner(store, vendors.registry(), policy, WriteHooks.NONE);
        plain.run(pipelines.get(0));
        writers(1);
        AtomicInteger sends = new AtomicInteger();
        // Mikro answers 500 to the first invoice's create and to every look-up the writer makes after it
        PipelineRunner faulted = new PipelineRunner(store, vendors.registry(), policy, new WriteHooks() {
            @Override
            public void beforeSend(String sourceKey) {
                if (sends.incrementAndGet() == 1) {
                    vendors.mikro.faults().failNextRequests(1 + policy.maxAttempts());
                }
            }
        });

        RunReport failed = faulted.run(pipelines.get(1));
        vendors.mikro.faults().clear();
        RunReport next = plain.run(pipelines.get(1));

        System.out.println("PROOF transient failure of a source without look-ups (" + database() + "): first run "
                + failed.counts() + "; next run " + next.counts());
        assertThat(failed.counts().retrying()).isEqualTo(1);
        assertThat(next.counts().retrying()).isZero();
        assertThat(next.counts().written()).as("the kept invoice, written from what its letter holds").isEqualTo(1);
        plain.run(pipelines.get(2));
        assertEverythingOnce();
        assertNothingLeft();
    }

    /** No create left unresolved and no record kept for a later run or a person. */
    private void assertNothingLeft() {
        assertThat(pipelines).allSatisfy(id -> {
            assertThat(store.<List<?>>transaction(tx -> store.intents().unresolved(tx, id))).isEmpty();
            assertThat(store.<List<?>>transaction(tx -> store.deadLetters().retrying(tx, id))).isEmpty();
            assertThat(store.<List<?>>transaction(tx -> store.deadLetters().open(tx, id))).isEmpty();
        });
    }

    private void writers(int writers) {
        store.inTransaction(tx -> pipelines.forEach(id -> {
            PipelineSpec spec = store.pipelines().get(tx, id);
            store.pipelines().update(tx, new PipelineSpec(spec.id(), spec.name(), spec.sourceConnectionId(),
                    spec.sourceEntity(), spec.targetConnectionId(), spec.targetEntity(), spec.mode(), spec.batchSize(),
                    spec.optionsJson().replaceFirst("^\\{", "{\"writers\":" + writers + ","), spec.version()));
        }));
    }

    /** What the proofs print: how many of each Wiradius holds, and how many Mikro lost or holds twice. */
    record Figures(int customers, long cardsLost, long cardsTwice, int invoices, long invoicesLost,
                   long invoicesTwice, BigDecimal grossWiradius, BigDecimal grossMikro, int collections,
                   long receiptsLost, long receiptsTwice, BigDecimal collected, BigDecimal received) {
        @Override
        public String toString() {
            return "customers " + customers + " (lost " + cardsLost + ", duplicated " + cardsTwice + "), invoices "
                    + invoices + " (lost " + invoicesLost + ", duplicated " + invoicesTwice + ", gross Wiradius "
                    + grossWiradius + " = Mikro " + grossMikro + "), collections " + collections + " (lost "
                    + receiptsLost + ", duplicated " + receiptsTwice + ", " + collected + " = Mikro " + received + ")";
        }
    }

    /** Every customer, invoice and collection in Mikro once; every invoice's gross Wiradius's to the kuruş. */
    Figures assertEverythingOnce() {
        List<Party> customers = vendors.customers();
        Map<String, Long> cards = vendors.cards(CUSTOMER_PREFIX);
        List<Invoice> invoices = vendors.salesInvoices();
        Map<String, Long> mikroInvoices = vendors.invoices(INVOICE_PREFIX);
        List<Payment> collections = vendors.collections();
        Map<String, Long> receipts = vendors.receipts(RECEIPT_PREFIX);

        long cardsLost = customers.stream().filter(c -> !cards.containsKey(c.taxId())).count();
        long invoicesLost = invoices.stream().filter(i -> !mikroInvoices.containsKey(i.number())).count();
        long receiptsLost = collections.stream().filter(p -> !receipts.containsKey(RECEIPT_PREFIX + p.number()))
                .count();
        Map<String, Invoice> inMikro = vendors.mikroConnector.stream(Entity.INVOICE, ReadRequest.full(500))
                .filter(i -> i.number() != null && i.number().startsWith(INVOICE_PREFIX))
                .collect(Collectors.toMap(Invoice::number, Function.identity()));
        assertThat(invoices).as("Wiradius invoices missing from Mikro's own tables (lost)")
                .allSatisfy(i -> assertThat(mikroInvoices).containsKey(i.number()));
        assertThat(invoices).as("Wiradius invoices in Mikro's tables but not in its invoice list")
                .allSatisfy(i -> assertThat(inMikro).containsKey(i.number()));
        for (Invoice invoice : invoices) {
            assertThat(DocumentTotals.of(invoice).check(invoice.statedTotals())).as("Wiradius %s", invoice.number())
                    .isEmpty();
            assertThat(inMikro.get(invoice.number()).statedTotals().gross()).as("gross of %s", invoice.number())
                    .isEqualByComparingTo(invoice.statedTotals().gross());
        }
        BigDecimal received = vendors.mikroConnector.stream(Entity.PAYMENT, ReadRequest.full(500))
                .filter(p -> p.number() != null && p.number().startsWith(RECEIPT_PREFIX))
                .map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Figures figures = new Figures(customers.size(), cardsLost, twice(cards), invoices.size(), invoicesLost,
                twice(mikroInvoices), sum(invoices.stream().map(i -> i.statedTotals().gross())),
                sum(inMikro.values().stream().map(i -> i.statedTotals().gross())), collections.size(), receiptsLost,
                twice(receipts), sum(collections.stream().map(p -> p.amount().amount())), received);
        assertThat(customers).isNotEmpty();
        assertThat(invoices).isNotEmpty();
        assertThat(collections).isNotEmpty();
        assertThat(invoices).anySatisfy(i -> assertThat(i.lines()).anySatisfy(l -> assertThat(l.itemCode())
                .isEqualTo("OIV")));
        assertThat(List.of(cardsLost, figures.cardsTwice(), invoicesLost, figures.invoicesTwice(), receiptsLost,
                figures.receiptsTwice())).as("lost and duplicated: %s", figures).containsOnly(0L);
        assertThat(cards).hasSize(customers.size());
        assertThat(mikroInvoices).hasSize(invoices.size());
        assertThat(receipts).hasSize(collections.size());
        assertThat(figures.grossMikro()).isEqualByComparingTo(figures.grossWiradius());
        assertThat(figures.received()).isEqualByComparingTo(figures.collected());
        return figures;
    }

    private static long twice(Map<String, Long> counts) {
        return counts.values().stream().filter(n -> n > 1).count();
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<RunCounts> counts(List<RunReport> runs) {
        return runs.stream().map(RunReport::counts).toList();
    }
}
