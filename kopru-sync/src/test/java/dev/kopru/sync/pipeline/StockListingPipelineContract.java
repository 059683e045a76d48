package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Listing;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.farmaborsa.FarmaBorsaConnector;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandbox;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions;
import dev.kopru.mikro.MikroConnector;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.sync.store.Intent;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pipeline 1: Mikro stock → FarmaBorsa listings, on the store a subclass provides. The marketplace shares the demo
 * catalogue with the Mikro company (same demo seed) and knows four barcodes in five; the pipeline publishes as a
 * second seller account, {@value #NICK}, that has no listings yet. The marketplace's limit is scaled to 200 calls a
 * second (the same code path as 10 a minute).
 */
abstract class StockListingPipelineContract extends StoreContract {

    static final String NICK = "kopru";
    static final int ITEMS = 20;
    static final String OPTIONS = "{\"fullRead\":true,\"defaultExpiryKind\":\"OVER_12_MONTHS\",\"maxPerOrder\":10}";
    private static final AtomicInteger NAMES = new AtomicInteger();

    Sandbox mikro;
    Sandbox farma;
    Connector mikroConnector;
    Connector farmaConnector;
    long pipelineId;




    void start(Duration approvalDelay) {
        start(approvalDelay, OPTIONS);
    }

    void start(Duration approvalDelay, String options) {
        mikro = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(41).demoSize(ITEMS).build()), 0);
        farma = Sandbox.start(new FarmaBorsaSandbox(FarmaBorsaSandboxOptions.builder().demoSeed(41).demoSize(ITEMS)
                .account(NICK, "kopru-parola", "kopru-api-key").rateLimit(FarmaMikro.PERMITS_PER_SECOND,
                        Duration.ofSeconds(1)).buyerOrderInterval(null).productApprovalDelay(approvalDelay).build()), 0);
        mikroConnector = new MikroConnector(MikroPair.config(mikro), DocumentSettings.defaults());
        farmaConnector = new FarmaBorsaConnector(FarmaBorsaConfig.builder().baseUrl(farma.baseUri().toString())
                .nick(NICK).parola("kopru-parola").apiKey("kopru-api-key")
                .rateLimit(FarmaMikro.PERMITS_PER_SECOND, Duration.ofSeconds(1))
                .build());
        String name = "stock-" + NAMES.incrementAndGet();
        long source = store.transaction(tx -> store.connections().add(tx, "mikro", name + FarmaMikro.MIKRO, "{}").id());
        long target = store.transaction(tx -> store.connections().add(tx, "farmaborsa", name + FarmaMikro.FARMA, "{}")
                .id());
        pipelineId = store.transaction(tx -> store.pipelines().add(tx, PipelineSpec.mapped(name, source, "item",
                target, "listing", 7, options)).id());
    }

    @AfterEach
    void stop() {
        mikroConnector.close();
        farmaConnector.close();
        mikro.close();
        farma.close();
    }

    PipelineRunner runner() {
        return new PipelineRunner(store, c -> c.name().endsWith(FarmaMikro.FARMA) ? farmaConnector : mikroConnector,
                MikroPipelineContract.TEST_POLICY, WriteHooks.NONE);
    }

    Map<String, Item> items() {
        return mikroConnector.stream(Entity.ITEM, ReadRequest.full(100))
                .collect(Collectors.toMap(Item::firstBarcode, Function.identity()));
    }

    /** The account's listings per barcode, active and passive. */
    Map<String, List<Listing>> listingsByBarcode() {
        return farmaConnector.stream(Entity.LISTING, ReadRequest.full(100))
                .collect(Collectors.groupingBy(Listing::barcode));
    }

    /** The account's product-card requests per barcode, from the marketplace's admin API. */
    Map<String, Long> requestsByBarcode(String state) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        FarmaMikro.admin(farma, "GET", "/_sandbox/farmaborsa/product-requests", null).get("requests").forEach(r -> {
            if (r.get("seller").asText().equals(NICK) && (state == null || r.get("state").asText().equals(state))) {
                counts.merge(r.get("barkod").asText(), 1L, Long::sum);
            }
        });
        return counts;
    }

    long listingSaves() {
        return farma.journal().entries().stream().filter(e -> e.path().endsWith("/IlanKaydet")).count();
    }

    @Test
    void lists_every_item_once_sends_only_changes_and_follows_product_card_requests_without_duplicates() {
        start(null); // product cards wait for the admin API
        Map<String, Item> items = items();
        assertThat(items).hasSize(ITEMS);
        assertThat(items.values()).anyMatch(i -> i.onHand().signum() > 0);

        RunReport first = runner().run(pipelineId);

        assertThat(first.counts().failed()).as("run %s", first).isZero();
        assertThat(first.counts().written()).isEqualTo(ITEMS);
        Map<String, Long> requested = requestsByBarcode(null);
        Map<String, List<Listing>> listed = listingsByBarcode();
        assertThat(requested).isNotEmpty().allSatisfy((barcode, n) -> assertThat(n).isEqualTo(1L));
        assertThat(listed.keySet()).doesNotContainAnyElementsOf(requested.keySet());
        assertThat(listed.size() + requested.size()).isEqualTo(ITEMS);
        listed.forEach((barcode, listings) -> {
            assertThat(listings).hasSize(1);
            Item item = items.get(barcode);
            Listing listing = listings.getFirst();
            assertThat(listing.quantity()).isEqualTo(item.onHand().intValue());
            assertThat(listing.active()).isEqualTo(item.onHand().signum() > 0);
            assertThat(listing.price()).isEqualByComparingTo(dev.kopru.core.money.Vat.included(item.salePrice(),
                    dev.kopru.core.money.VatRate.of(item.vatRate()), 2));
        });

        long saves = listingSaves();
        RunReport unchanged = runner().run(pipelineId);
        assertThat(unchanged.counts().written()).isZero();
        assertThat(listingSaves()).as("nothing unchanged is sent again").isEqualTo(saves);

        // FarmaBorsa approves the product cards; then two items sell in Mikro, one of them a former request
        approveRequests();
        String formerRequest = requested.keySet().stream().filter(b -> items.get(b).onHand().signum() > 0)
                .findFirst().orElseThrow();
        String listedBefore = listed.keySet().stream().filter(b -> items.get(b).onHand().signum() > 0)
                .findFirst().orElseThrow();
        sell(items.get(formerRequest), items.get(listedBefore));

        RunReport afterSales = runner().run(pipelineId);

        assertThat(afterSales.counts().written()).as("run %s", afterSales).isEqualTo(2);
        Map<String, List<Listing>> now = listingsByBarcode();
        assertThat(now).hasSize(ITEMS).allSatisfy((barcode, listings) -> assertThat(listings).hasSize(1));
        assertThat(now.get(formerRequest).getFirst().quantity())
                .isEqualTo(items.get(formerRequest).onHand().intValue() - 1);
        assertThat(now.get(listedBefore).getFirst().quantity())
                .isEqualTo(items.get(listedBefore).onHand().intValue() - 1);
        String relinked = store.transaction(tx -> store.links().find(tx, pipelineId, items.get(formerRequest).key()))
                .orElseThrow().targetKey();
        assertThat(relinked).as("the request's link now names the listing").isEqualTo(now.get(formerRequest)
                .getFirst().key());
        System.out.println("PROOF pipeline 1: " + ITEMS + " items, " + requested.size() + " product-card requests,"
                + " IlanKaydet calls: first run " + saves + ", unchanged run 0, after two sales "
                + (listingSaves() - saves));
    }

    @Test
    void loses_and_duplicates_no_listing_under_5xx_resets_and_lost_responses() {
        start(Duration.ZERO); // FarmaBorsa approves product cards at once
        farma.faults().seed(11).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05).loseNextWrites(2);
        mikro.faults().seed(12).errorRate(0.05).resetRate(0.05);
        mikro.faults().expireSessions();

        RunReport run = runner().run(pipelineId);
        farma.faults().clear();
        mikro.faults().clear();

        Map<String, Long> faults = java.util.stream.Stream.of(farma, mikro)
                .flatMap(s -> s.journal().entries().stream()).filter(e -> e.fault() != null)
                .collect(Collectors.groupingBy(RequestJournal.Entry::fault, java.util.TreeMap::new,
                        Collectors.counting()));
        Map<String, List<Listing>> listed = listingsByBarcode();
        long duplicated = listed.values().stream().filter(l -> l.size() > 1).count()
                + requestsByBarcode(null).values().stream().filter(n -> n > 1).count();
        long lost = ITEMS - listed.size();
        List<Intent> unresolved = store.transaction(tx -> store.intents().unresolved(tx, pipelineId));
        System.out.println("PROOF faults (pipeline 1, " + getClass().getSimpleName() + "): items " + ITEMS
                + ", faults injected " + faults + ", run " + run.counts() + ", unresolved intents " + unresolved.size()
                + ", lost " + lost + ", duplicated " + duplicated);
        assertThat(faults.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(3);
        assertThat(run.counts().failed()).as("run %s", run).isZero();
        assertThat(run.counts().inDoubt()).isZero();
        assertThat(run.counts().inDoubtResolved()).isGreaterThanOrEqualTo(2);
        assertThat(unresolved).isEmpty();
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(runner().run(pipelineId).counts().written()).isZero();
    }

    @Test
    void a_lost_create_for_an_unknown_barcode_is_not_sent_again_while_farmaborsa_reviews_the_product_card() {
        start(null, OPTIONS.replace("{", "{\"resendInDoubtAfter\":\"PT1H\","));
        farma.faults().loseResponseRate(1.0); // every IlanKaydet is applied, and its answer lost

        RunReport lost = runner().run(pipelineId);
        farma.faults().clear();

        Map<String, Long> requested = requestsByBarcode(null);
        assertThat(requested).isNotEmpty().allSatisfy((barcode, n) -> assertThat(n).isEqualTo(1L));
        // listings of known barcodes are found by barcode at once; requests are not listed until approved
        assertThat(lost.counts().inDoubtResolved()).isEqualTo(ITEMS - requested.size());
        assertThat(lost.counts().inDoubt()).isEqualTo(requested.size());
        long saves = listingSaves();

        RunReport waiting = runner().run(pipelineId);

        assertThat(waiting.counts().inDoubt()).isEqualTo(requested.size());
        assertThat(listingSaves()).as("nothing is sent again while the card is reviewed").isEqualTo(saves);
        approveRequests();

        RunReport approved = runner().run(pipelineId);

        assertThat(approved.counts().inDoubtResolved()).isEqualTo(requested.size());
        assertThat(store.<List<Intent>>transaction(tx -> store.intents().unresolved(tx, pipelineId))).isEmpty();
        assertThat(requestsByBarcode(null)).isEqualTo(requested);
        assertThat(listingsByBarcode()).hasSize(ITEMS).allSatisfy((barcode, l) -> assertThat(l).hasSize(1));
        System.out.println("PROOF pipeline 1 in doubt: " + ITEMS + " creates with lost answers, " + requested.size()
                + " product-card requests held without resend over 2 runs, all resolved after approval, duplicated 0");
    }

    /** FarmaBorsa approves every product card the pipeline's account asked for. */
    private void approveRequests() {
        FarmaMikro.admin(farma, "GET", "/_sandbox/farmaborsa/product-requests", null).get("requests").forEach(r -> {
            if (r.get("seller").asText().equals(NICK) && r.get("state").asText().equals("PENDING")) {
                FarmaMikro.admin(farma, "POST", "/_sandbox/farmaborsa/product-requests/" + r.get("urunTalep").asText()
                        + "/approve", null);
            }
        });
    }

    /** One unit of each item sold on a Mikro sales invoice: their quantity on hand drops by one. */
    private void sell(Item... sold) {
        List<DocumentLine> lines = new java.util.ArrayList<>();
        for (Item item : sold) {
            lines.add(new DocumentLine(lines.size() + 1, LineKind.ITEM, item.code(), null, item.name(),
                    BigDecimal.ONE, null, item.salePrice(), PriceBasis.VAT_EXCLUDED, item.vatRate(), null, null));
        }
        String party = mikroConnector.stream(Entity.PARTY, ReadRequest.full(10)).findFirst().orElseThrow().code();
        mikroConnector.create(Entity.INVOICE, new Invoice(null, "SAT-" + System.nanoTime() % 1_000_000, null,
                DocumentDirection.SALES, LocalDate.now(), null, party, "TRY", null, lines, null, null, null, null));
    }
}
