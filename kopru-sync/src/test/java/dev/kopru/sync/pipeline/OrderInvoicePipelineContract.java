package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.Order;
import dev.kopru.core.money.DocumentTotals;
import dev.kopru.sync.store.AfterWrite;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.Intent;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.sync.write.WriteResult;
import dev.kopru.testkit.sandbox.RequestJournal;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pipeline 2: FarmaBorsa new orders → Mikro sales invoices, then the order confirmed and the invoice link attached,
 * on the store a subclass provides (H2 or PostgreSQL). What is in Mikro and FarmaBorsa afterwards is read from the
 * sandboxes' admin APIs.
 */
abstract class OrderInvoicePipelineContract extends StoreContract {

    static final String PREFIX = "FB";
    static final String OPTIONS = "{\"sourceFilters\":{\"status\":\"1\"},\"invoiceNumberPrefix\":\"" + PREFIX + "\","
            + "\"documentSeries\":\"FB\",\"shippingItemCode\":\"" + FarmaMikro.SHIPPING + "\","
            + "\"invoiceUrlTemplate\":\"https://erp.example.com/fatura/{number}.pdf\"}";
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static final int KILLS = 20;
    private static final int MAX_LIVES = 90;

    FarmaMikro vendors;
    long pipelineId;

    /** The database's name in the proofs' printed figures. */
    abstract String database();




    @BeforeEach
    void startVendors() {
        vendors = new FarmaMikro(41, 40);
        pipelineId = pipeline(OPTIONS);
    }

    @AfterEach
    void stopVendors() {
        vendors.close();
    }

    long pipeline(String options) {
        String name = "orders-" + NAMES.incrementAndGet();
        MikroPair.ConnectionIds ids = FarmaMikro.addConnections(store, name);
        return store.transaction(tx -> store.pipelines().add(tx, PipelineSpec.mapped(name, ids.source(), "order",
                ids.target(), "invoice", 5, options)).id());
    }

    PipelineRunner runner() {
        return new PipelineRunner(store, vendors.registry(), MikroPipelineContract.TEST_POLICY, WriteHooks.NONE);
    }

    /** The orders FarmaBorsa lists as new, by sale code. */
    Map<String, Order> newOrders() {
        return vendors.farmaConnector.stream(Entity.ORDER, new ReadRequest(Optional.empty(), 50,
                Map.of("status", "1"))).collect(Collectors.toMap(Order::key, Function.identity()));
    }

    /** Every order exactly once as an invoice (FB + sale code), confirmed, with its invoice link. */
    void assertInvoicedOnceConfirmedAndLinked(Iterable<String> orders) {
        Map<String, Long> invoices = vendors.invoiceCounts(PREFIX);
        for (String order : orders) {
            assertThat(invoices).as("invoices of order %s", order).containsEntry(PREFIX + order, 1L);
            JsonNode at = vendors.order(order);
            assertThat(at.get("satisDurum").asInt()).as("status of order %s", order).isEqualTo(2);
            assertThat(at.get("satFaturaUrl").asText())
                    .isEqualTo("https://erp.example.com/fatura/" + PREFIX + order + ".pdf");
        }
        assertThat(invoices.values()).as("no invoice twice").allMatch(n -> n == 1);
        // the run's writers work at once; orders of one new buyer still open one cari (ensured under its key's lock)
        Map<String, Long> partiesByTaxId = vendors.mikroConnector.stream(Entity.PARTY, ReadRequest.full(100))
                .filter(p -> p.taxId() != null && !p.taxId().isBlank())
                .collect(Collectors.groupingBy(dev.kopru.core.model.Party::taxId, Collectors.counting()));
        assertThat(partiesByTaxId.values()).as("no buyer opened twice").allMatch(n -> n == 1);
    }

    List<Intent> unresolvedIntents() {
        return store.transaction(tx -> store.intents().unresolved(tx, pipelineId));
    }

    @Test
    void invoices_every_new_order_once_with_reconciled_totals_then_confirms_it_and_links_the_invoice() {
        vendors.placeOrders(6);
        Map<String, Order> orders = newOrders();

        RunReport first = runner().run(pipelineId);

        assertThat(first.counts().failed()).as("run %s", first).isZero();
        assertThat(first.counts().written()).isEqualTo(orders.size());
        assertInvoicedOnceConfirmedAndLinked(orders.keySet());
        Map<String, Invoice> invoices = vendors.mikroConnector.stream(Entity.INVOICE, ReadRequest.full(100))
                .filter(i -> i.number() != null && i.number().startsWith(PREFIX))
                .collect(Collectors.toMap(Invoice::number, Function.identity()));
        boolean sawShipping = false;
        for (Order order : orders.values()) {
            Invoice invoice = invoices.get(PREFIX + order.key());
            // Mikro keeps the gross it was sent: the order's total to the kuruş
            assertThat(invoice.statedTotals().gross()).isEqualByComparingTo(order.statedTotals().gross());
            assertThat(DocumentTotals.of(order).gross()).isEqualByComparingTo(order.statedTotals().gross());
            assertThat(invoice.partyCode()).isNotBlank();
            sawShipping |= invoice.lines().stream().anyMatch(l -> FarmaMikro.SHIPPING.equals(l.itemCode()));
        }
        assertThat(sawShipping).as("some order carries the shipping fee, invoiced on the service card").isTrue();
        assertThat(store.<Long>transaction(tx -> store.afterWrites().count(tx, pipelineId, AfterWrite.State.DONE)))
                .isEqualTo(2L * orders.size());

        vendors.placeOrders(2);
        RunReport second = runner().run(pipelineId);

        assertThat(second.counts().written()).isEqualTo(2);
        assertThat(second.counts().failed()).isZero();
        assertThat(vendors.invoiceCounts(PREFIX)).hasSize(orders.size() + 2).allSatisfy((n, c) -> assertThat(c)
                .isEqualTo(1L));
    }

    @Test
    void loses_and_duplicates_nothing_under_5xx_resets_lost_responses_and_expired_sessions() {
        vendors.placeOrders(12);
        Map<String, Order> orders = newOrders();
        vendors.farma.faults().seed(5).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05);
        vendors.mikro.faults().seed(6).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05).loseNextWrites(2);
        vendors.mikro.faults().expireSessions();
        vendors.farma.faults().expireSessions();

        RunReport run = runner().run(pipelineId);
        vendors.farma.faults().clear();
        vendors.mikro.faults().clear();

        Map<String, Long> faults = faultsSeen();
        System.out.println("PROOF faults (pipeline 2, " + getClass().getSimpleName() + "): orders " + orders.size()
                + ", faults injected " + faults + ", run " + run.counts() + ", unresolved intents "
                + unresolvedIntents().size() + ", invoices " + vendors.invoiceCounts(PREFIX).size()
                + ", duplicated " + vendors.invoiceCounts(PREFIX).values().stream().filter(n -> n > 1).count());
        assertThat(faults.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(5);
        assertThat(run.state().name()).as("run %s", run).isEqualTo("SUCCEEDED");
        assertThat(run.counts().failed()).isZero();
        assertThat(run.counts().inDoubt()).isZero();
        // the lost answers fall on buyer creates or invoice creates depending on how the concurrent writers
        // interleave; either way every one must have been found again, never sent twice
        assertThat(faults.getOrDefault("lost-response", 0L)).isGreaterThanOrEqualTo(2);
        assertThat(unresolvedIntents()).isEmpty();
        assertInvoicedOnceConfirmedAndLinked(orders.keySet());
        assertThat(vendors.invoiceCounts(PREFIX)).hasSize(orders.size());
    }

    Map<String, Long> faultsSeen() {
        return java.util.stream.Stream.of(vendors.farma, vendors.mikro)
                .flatMap(s -> s.journal().entries().stream()).filter(e -> e.fault() != null)
                .collect(Collectors.groupingBy(RequestJournal.Entry::fault, java.util.TreeMap::new,
                        Collectors.counting()));
    }

    @Test
    void an_order_mikro_refuses_is_dead_lettered_with_mikros_message_and_invoiced_once_after_the_fix() {
        vendors.placeOrders(4);
        Map<String, Order> orders = newOrders();
        Order victim = orders.values().stream().filter(o -> o.lines().stream().anyMatch(l -> l.barcode() != null
                && l.kind() == dev.kopru.core.model.LineKind.ITEM)).findFirst().orElseThrow();
        String barcode = victim.lines().stream().filter(l -> l.kind() == dev.kopru.core.model.LineKind.ITEM)
                .findFirst().orElseThrow().barcode();
        long badPipeline = pipeline(OPTIONS.replace("\"invoiceNumberPrefix\"",
                "\"itemCodes\":{\"" + barcode + "\":\"YENI-001\"},\"invoiceNumberPrefix\""));
        pipelineId = badPipeline;

        RunReport run = runner().run(badPipeline);

        List<DeadLetter> open = store.transaction(tx -> store.deadLetters().open(tx, badPipeline));
        assertThat(open).isNotEmpty().allSatisfy(letter -> {
            assertThat(letter.stage()).isEqualTo(DeadLetter.Stage.WRITE);
            assertThat(letter.outcome()).isEqualTo("Validation");
            // A real Mikro server does not name the code it did not find (mikro.md §12.2); the record does.
            assertThat(letter.vendorMessage()).contains("Stok kodu bulunamadı!");
            assertThat(letter.sourceRecord()).contains("YENI-001");
        });
        assertThat(open).extracting(DeadLetter::sourceKey).contains(victim.key());
        assertThat(run.counts().failed()).isEqualTo(open.size());
        assertThat(vendors.invoiceCounts(PREFIX)).doesNotContainKey(PREFIX + victim.key());
        assertThat(vendors.order(victim.key()).get("satisDurum").asInt()).as("not confirmed").isEqualTo(1);
        System.out.println("PROOF bad data (pipeline 2): dead letter of order " + victim.key() + ": "
                + open.getFirst().vendorMessage());

        // the fix: the stock card the code table names now exists in Mikro
        vendors.mikroConnector.create(Entity.ITEM, new Item(null, "YENI-001", "Yeni kart", null, "ADET",
                List.of(), new BigDecimal("10"), null, null, "TRY", null, null, null, false, true, null));
        List<DeadLetterReplay.Replayed> replayed = new DeadLetterReplay(runner()).replayAll(badPipeline);
        List<DeadLetterReplay.Replayed> again = new DeadLetterReplay(runner()).replayAll(badPipeline);

        assertThat(replayed).hasSize(open.size()).allSatisfy(r -> assertThat(r.result()).get()
                .isInstanceOf(WriteResult.Created.class));
        assertThat(again).isEmpty();
        assertThat(store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, badPipeline))).isEmpty();
        assertInvoicedOnceConfirmedAndLinked(orders.keySet());
        assertThat(runner().run(badPipeline).counts().written()).isZero();
    }

    @Test
    void an_order_whose_buyer_mikro_fails_to_open_transiently_is_kept_retrying_and_invoiced_once_by_the_next_run() {
        vendors.placeOrders(3);
        Map<String, Order> orders = newOrders();
        pipelineId = pipeline(OPTIONS.replaceFirst("^\\{", "{\"writers\":1,\"transientRetryWait\":\"PT0S\","));
        int attempts = MikroPipelineContract.TEST_POLICY.maxAttempts();
        // one writer, so the run's first write is its first order's new buyer: Mikro answers that create 500 (in
        // doubt: the answer does not say it was not applied) and each attempt of the look-up that would settle it
        vendors.mikro.faults().failFromNextWrite(1 + attempts);

        RunReport failing = runner().run(pipelineId);

        List<RequestJournal.Entry> refused = vendors.mikro.journal().entries().stream()
                .filter(e -> e.fault() != null).toList();
        assertThat(refused).as("the buyer's create and its look-ups").hasSize(1 + attempts)
                .filteredOn(e -> e.path().toLowerCase(Locale.ROOT).contains("carikaydetv2")).containsExactly(
                        refused.getFirst());
        assertThat(failing.counts().retrying()).as("run %s", failing).isEqualTo(1);
        assertThat(failing.counts().failed()).isZero();
        assertThat(letters(DeadLetter.State.OPEN)).as("nobody is asked, not even about the buyer").isEmpty();
        List<DeadLetter> retrying = letters(DeadLetter.State.RETRYING);
        assertThat(retrying).hasSize(1).allSatisfy(letter -> {
            assertThat(letter.stage()).isEqualTo(DeadLetter.Stage.MAP);
            assertThat(letter.outcome()).isEqualTo("Transient");
            assertThat(letter.field()).isEqualTo("buyer");
            assertThat(letter.retryRuns()).isEqualTo(1);
        });
        DeadLetter kept = retrying.getFirst();
        Order victim = orders.get(kept.sourceKey());
        String taxId = victim.buyer().taxId();
        assertThat(orders.values()).as("the buyer orders once").filteredOn(o -> taxId.equals(o.buyer().taxId()))
                .hasSize(1);
        long cardsAfterFailure = cardsOf(taxId);
        assertThat(cardsAfterFailure).isZero();
        assertThat(vendors.invoiceCounts(PREFIX)).doesNotContainKey(PREFIX + victim.key())
                .hasSize(orders.size() - 1);
        assertThat(unresolvedIntents()).as("the buyer's create, in doubt").singleElement()
                .satisfies(intent -> assertThat(intent.sourceKey()).startsWith("party:"));

        vendors.mikro.journal().clear();
        RunReport next = runner().run(pipelineId);

        long buyerCreates = vendors.mikro.journal().entries().stream()
                .filter(e -> e.path().toLowerCase(Locale.ROOT).contains("carikaydetv2")).count();
        assertThat(next.counts().written()).as("run %s", next).isEqualTo(1);
        assertThat(next.counts().retrying()).isZero();
        assertThat(next.counts().failed()).isZero();
        assertThat(buyerCreates).isEqualTo(1);
        assertThat(cardsOf(taxId)).isEqualTo(1);
        assertThat(store.<Optional<DeadLetter>>transaction(tx -> store.deadLetters().find(tx, kept.id())))
                .get().extracting(DeadLetter::state).isEqualTo(DeadLetter.State.REPLAYED);
        assertThat(letters(DeadLetter.State.RETRYING)).isEmpty();
        assertThat(letters(DeadLetter.State.OPEN)).isEmpty();
        assertThat(unresolvedIntents()).isEmpty();
        assertInvoicedOnceConfirmedAndLinked(orders.keySet());
        RunReport again = runner().run(pipelineId);
        assertThat(again.counts().written()).isZero();
        System.out.println("PROOF buyer failing transiently (pipeline 2, " + database() + "): order " + victim.key()
                + "'s new buyer: its create and the " + (refused.size() - 1) + " look-up attempts after it answered"
                + " HTTP 500; run 1 " + failing.counts()
                + ", the order RETRYING at stage MAP (" + kept.message() + "; vendor: " + kept.vendorMessage()
                + "), 0 OPEN letters, buyer cards " + cardsAfterFailure + ", its invoices 0; run 2 "
                + next.counts() + ", buyer creates " + buyerCreates + ", buyer cards " + cardsOf(taxId)
                + ", its invoices " + vendors.invoiceCounts(PREFIX).get(PREFIX + victim.key()) + ", letter "
                + DeadLetter.State.REPLAYED + "; re-run writes " + again.counts().written());
    }

    private List<DeadLetter> letters(DeadLetter.State state) {
        return store.transaction(tx -> store.deadLetters().all(tx, pipelineId)).stream()
                .filter(l -> l.state() == state).toList();
    }

    /** Mikro's cari cards with this tax id. */
    private long cardsOf(String taxId) {
        return vendors.mikroConnector.stream(Entity.PARTY, ReadRequest.full(100))
                .filter(p -> taxId.equals(p.taxId())).count();
    }

    @Test
    void a_pipeline_that_ran_with_after_writes_dead_letters_and_intents_is_deleted_with_every_row_it_left() {
        vendors.placeOrders(4);
        String barcode = newOrders().values().stream().flatMap(o -> o.lines().stream())
                .filter(l -> l.barcode() != null && l.kind() == dev.kopru.core.model.LineKind.ITEM).findFirst()
                .orElseThrow().barcode();
        long ran = pipeline(OPTIONS.replace("\"invoiceNumberPrefix\"",
                "\"itemCodes\":{\"" + barcode + "\":\"YOK-001\"},\"invoiceNumberPrefix\""));
        runner().run(ran);
        // a create in flight when the pipeline is deleted (a done create's intent is not kept)
        store.inTransaction(tx -> store.intents().pending(tx, ran, "in-flight", "code", "IN-FLIGHT", "hash"));
        List<String> tables = store.transaction(tx -> tx.query("SELECT table_name FROM information_schema.columns"
                + " WHERE LOWER(column_name) = 'pipeline_id' AND LOWER(table_schema) = 'public'",
                rs -> rs.getString(1).toLowerCase(java.util.Locale.ROOT)));
        assertThat(rows(ran, "after_writes")).as("after-write steps").isPositive();
        assertThat(rows(ran, "dead_letters")).as("dead letters").isPositive();
        assertThat(rows(ran, "intents")).as("intents").isPositive();
        assertThat(rows(ran, "links")).as("links").isPositive();
        assertThat(rows(ran, "runs")).as("runs").isPositive();

        store.inTransaction(tx -> store.pipelines().delete(tx, ran));

        assertThat(store.<Optional<PipelineSpec>>transaction(tx -> store.pipelines().find(tx, ran))).isEmpty();
        assertThat(tables).as("every table that holds a pipeline's rows").contains("after_writes", "dead_letters",
                "intents", "links", "runs", "cursors").allSatisfy(table ->
                assertThat(rows(ran, table)).as("rows of the deleted pipeline in %s", table).isZero());
        assertThat(store.<Optional<PipelineSpec>>transaction(tx -> store.pipelines().find(tx, pipelineId)))
                .as("other pipelines stay").isPresent();
    }

    private long rows(long pipeline, String table) {
        return store.transaction(tx -> tx.queryOne("SELECT COUNT(*) FROM " + table + " WHERE pipeline_id = ?",
                rs -> rs.getLong(1), pipeline)).orElseThrow();
    }

    /**
     * Engine processes run pipeline 2 and are killed with SIGKILL: half of the lives right after an invoice was
     * created (before its link commits), half at a random moment (mid-read, mid-write, mid-confirm). When a run
     * finishes before the kills are all used, the buyer orders more. Afterwards every order is one invoice.
     */
    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void engine_processes_killed_with_sigkill_mid_run_invoice_every_order_exactly_once() throws Exception {
        Random random = new Random(20261124);
        vendors.placeOrders(24);
        Set<String> placed = new TreeSet<>(newOrders().keySet());
        int kills = 0;
        int lives = 0;
        boolean done = false;
        while (!done || kills < KILLS) {
            if (done) {
                placed.addAll(vendors.placeOrders(6));
            }
            assertThat(++lives).as("engine lives").isLessThanOrEqualTo(MAX_LIVES);
            EngineLife engine = startEngine();
            EngineLife.Outcome life = random.nextBoolean() ? engine.killAfterCreates(1 + random.nextInt(2))
                    : engine.killAfterMillis(150 + random.nextInt(1500));
            if (life.killed()) {
                kills++;
                done = false;
            } else {
                assertThat(life.exitValue()).as("an engine left alone finishes its run: %s", life.lines()).isZero();
                done = true;
            }
        }
        List<Run> runs = store.transaction(tx -> store.runs().ofPipeline(tx, pipelineId));
        long resolved = runs.stream().mapToLong(r -> r.counts().inDoubtResolved()).sum();
        var orders = vendors.invoiceCounts(PREFIX);
        long duplicated = orders.values().stream().filter(n -> n > 1).count();
        long lost = placed.stream().filter(o -> !orders.containsKey(PREFIX + o)).count();
        System.out.println("PROOF SIGKILL (pipeline 2, " + database() + "): " + kills + " kills survived, " + lives
                + " engine lives, " + placed.size() + " orders, " + orders.size() + " invoices, " + resolved
                + " interrupted creates found in Mikro instead of re-sent, lost " + lost + ", duplicated "
                + duplicated);

        assertThat(kills).isGreaterThanOrEqualTo(KILLS);
        assertThat(runs.getLast().state()).isEqualTo(Run.State.SUCCEEDED);
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(unresolvedIntents()).isEmpty();
        assertThat(store.<Long>transaction(tx -> store.afterWrites().count(tx, pipelineId, AfterWrite.State.PENDING)))
                .isZero();
        assertInvoicedOnceConfirmedAndLinked(placed);
    }

    /** An engine process on this test's store and sandboxes; its SIGKILL is the test's to give. */
    EngineLife startEngine() throws IOException {
        return EngineLife.start(config.jdbcUrl(), config.user(), config.password(), Long.toString(pipelineId),
                vendors.farma.baseUri().toString(), vendors.mikro.baseUri().toString(), "farmaborsa");
    }
}
