package dev.kopru.server.demo;

import dev.kopru.sync.schedule.PipelineSchedule;
import dev.kopru.server.pipelines.StoredSchedules;
import dev.kopru.sync.schedule.PipelineScheduler;
import dev.kopru.sync.store.ConflictPolicy;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.PipelineSpec.Mode;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.demodata.DemoItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo pipelines, defined once (found by name on later starts), scheduled and run once right away so the
 * dashboard has runs to show within a minute.
 */
final class DemoPipelines {

    /** A demo pipeline between two demo connections (by name). */
    record Definition(String name, String source, String sourceEntity, String target, String targetEntity,
                      Mode mode, String optionsJson, Duration every) { }

    static final Duration EVERY = Duration.ofSeconds(30);
    /** FarmaBorsa allows 10 calls a minute per account: a run a minute leaves room for the orders of that minute. */
    static final Duration FARMABORSA_EVERY = Duration.ofSeconds(60);

    /** The code prefix of the cards pipeline 1 lists. */
    static final String LISTED_CODES = "STK-00000";

    /**
     * Pipeline 1. The cards STK-000001…9 only (a code prefix, Mikro's own list filter): their first listing is one
     * call each, and at 10 calls a minute all 40 cards would keep the first run busy for four minutes. Mikro's
     * quantities change without the card's change date, hence {@code fullRead}; unchanged listings are not sent.
     * Mikro cards carry no expiry date. A product-card request that was in doubt waits a day before it is sent again
     * (kopru-sync/README.md).
     */
    static final String STOCK_OPTIONS = "{\"sourceFilters\":{\"code\":\"" + LISTED_CODES + "\"},\"fullRead\":true,"
            + "\"resendInDoubtAfter\":\"PT24H\",\"defaultExpiryKind\":\"OVER_12_MONTHS\",\"maxPerOrder\":10}";

    /**
     * Pipeline 2: new orders (status 1) → invoices FB + sale code in series FB, the shipping fee on the card
     * {@link DemoShippingCard#CODE}; buyers found by VKN/TCKN or opened as 120.FB.&lt;tax id&gt;; afterwards the
     * order is confirmed and the invoice's link attached (an example address: the demo has no e-invoice portal).
     */
    static final String ORDER_OPTIONS = "{\"sourceFilters\":{\"status\":\"1\"},\"invoiceNumberPrefix\":\"FB\","
            + "\"documentSeries\":\"FB\",\"shippingItemCode\":\"" + DemoShippingCard.CODE + "\","
            + "\"invoiceUrlTemplate\":\"https://fatura.example.com/{number}.pdf\"}";

    /**
     * The ISP set (Wiradius → Mikro ISP, kopru-sync/README.md): subscribers as cari cards coded
     * 120.WR.&lt;VKN/TCKN&gt;, sales invoices (the packages on the service card HZM-ABONELIK, their ÖİV on HZM-OIV; numbered as in Wiradius),
     * collections as cash receipts WRT-&lt;trans_id&gt; into the box WR-TAHSILAT. The three may run at once: a card
     * one of them opens is linked by the others, not opened twice.
     */
    static final String ISP_CUSTOMER_OPTIONS = "{\"mapping\":\"customer-by-tax-id\"}";
    /** The service cards of the ISP's packages and ÖİV, which the Logo firm opens at start. */
    static final List<String> ISP_SERVICE_CARDS = List.of("HZM-ABONELIK", "HZM-OIV");
    /** The ISP's cash box, which the Logo firm opens at start. */
    static final String ISP_CASH_BOX = "WR-TAHSILAT";
    static final String ISP_INVOICE_OPTIONS = "{\"mapping\":\"sales-invoice-of-customer\","
            + "\"sourceFilters\":{\"type\":\"sell\"},\"serviceCode\":\"" + ISP_SERVICE_CARDS.get(0) + "\","
            + "\"taxCodes\":{\"OIV\":\"" + ISP_SERVICE_CARDS.get(1) + "\"}}";
    static final String ISP_COLLECTION_OPTIONS = "{\"mapping\":\"collection-of-customer\","
            + "\"cashBox\":\"" + ISP_CASH_BOX + "\"}";
    static final String ISP_CUSTOMERS = "ISP aboneleri → Mikro ISP carileri";
    static final String ISP_INVOICES = "ISP faturaları → Mikro ISP";
    static final String ISP_COLLECTIONS = "ISP tahsilatları → Mikro ISP";

    /**
     * The two-way ERP pair: the look-back covers DİA, which dates changes to the second; the fields only one of the two
     * carries are left out, so echoes are recognised (docs/connectors/dia.md).
     */
    static final String ERP_PAIR_OPTIONS = "{\"conflictPolicy\":\"NEWEST_WINS\",\"lookBack\":\"PT2S\","
            + "\"fieldsNotSynced\":[\"role\",\"active\",\"currency\",\"eInvoiceTaxpayer\",\"address\"]}";

    /**
     * Into the Logo firm: Mikro Merkez's stock cards (STK-…, not the KARGO service card: Logo keeps services apart
     * from material cards), and the orders FarmaBorsa buyers place on Merkez's own listings, invoiced on those cards.
     * Logo finds no card by barcode, so the barcodes of the demo catalogue name their codes ({@code itemCodes}); the
     * invoice link stays Mikro's pipeline's way (one FarmaBorsa call per order: confirm only).
     */
    static final String LOGO_ITEM_OPTIONS = "{\"sourceFilters\":{\"code\":\"STK-\"}}";
    static final String LOGO_ORDER_OPTIONS = "{\"sourceFilters\":{\"status\":\"1\"},\"invoiceNumberPrefix\":\"FB\","
            + "\"shippingItemCode\":\"" + DemoShippingCard.CODE + "\",\"itemCodes\":" + itemCodes("STK-") + "}";
    static final String LOGO_PARTIES = "Cariler Mikro Merkez → Logo";
    static final String LOGO_ITEMS = "Stok kartları Mikro Merkez → Logo";
    static final String LOGO_ORDERS = "FarmaBorsa Merkez siparişleri → Logo faturaları";
    static final String LOGO_ISP_CUSTOMERS = "ISP aboneleri → Logo carileri";
    static final String LOGO_ISP_INVOICES = "ISP faturaları → Logo";
    /**
     * As into Mikro ISP: Logo cash slips received WRT-&lt;trans_id&gt; into the kasa WR-TAHSILAT, which the Logo firm
     * holds from its start ({@link DemoSandboxes}), as a real firm must.
     */
    static final String LOGO_ISP_COLLECTIONS = "ISP tahsilatları → Logo";

    /** Adding a pipeline to the demo is one line here. */
    static final List<Definition> ALL = List.of(
            new Definition("Müşteriler Merkez ⇄ Şube", DemoSandboxes.MIKRO, "party", DemoSandboxes.MIKRO_BRANCH,
                    "party", Mode.TWO_WAY, ConflictPolicy.newestWins().toOptions(), EVERY),
            new Definition("Müşteriler Merkez → Rapor", DemoSandboxes.MIKRO, "party", DemoSandboxes.MIKRO_REPORTS,
                    "party", Mode.ONE_WAY, "{}", EVERY),
            new Definition("Stok → FarmaBorsa ilanları", DemoSandboxes.MIKRO, "item", DemoSandboxes.FARMABORSA_STORE,
                    "listing", Mode.ONE_WAY, STOCK_OPTIONS, FARMABORSA_EVERY),
            new Definition("FarmaBorsa siparişleri → Mikro faturaları", DemoSandboxes.FARMABORSA, "order",
                    DemoSandboxes.MIKRO, "invoice", Mode.ONE_WAY, ORDER_OPTIONS, FARMABORSA_EVERY),
            new Definition(ISP_CUSTOMERS, DemoSandboxes.WIRADIUS, "party", DemoSandboxes.MIKRO_ISP, "party",
                    Mode.ONE_WAY, ISP_CUSTOMER_OPTIONS, EVERY),
            new Definition(ISP_INVOICES, DemoSandboxes.WIRADIUS, "invoice", DemoSandboxes.MIKRO_ISP, "invoice",
                    Mode.ONE_WAY, ISP_INVOICE_OPTIONS, EVERY),
            new Definition(ISP_COLLECTIONS, DemoSandboxes.WIRADIUS, "payment", DemoSandboxes.MIKRO_ISP, "payment",
                    Mode.ONE_WAY, ISP_COLLECTION_OPTIONS, EVERY),
            new Definition("Cariler DİA ⇄ Mikro Merkez", DemoSandboxes.DIA, "party", DemoSandboxes.MIKRO, "party",
                    Mode.TWO_WAY, ERP_PAIR_OPTIONS, EVERY),
            new Definition("Stok → FarmaBorsa Depo ilanları", DemoSandboxes.MIKRO, "item",
                    DemoSandboxes.FARMABORSA_DEPOT, "listing", Mode.ONE_WAY, STOCK_OPTIONS, FARMABORSA_EVERY),
            new Definition(DemoDiaStore.PIPELINE, DemoSandboxes.FARMABORSA_DEPOT, "order", DemoSandboxes.DIA,
                    "invoice", Mode.ONE_WAY, DemoDiaStore.options(), FARMABORSA_EVERY),
            new Definition(LOGO_PARTIES, DemoSandboxes.MIKRO, "party", DemoSandboxes.LOGO, "party", Mode.ONE_WAY,
                    "{}", EVERY),
            new Definition(LOGO_ITEMS, DemoSandboxes.MIKRO, "item", DemoSandboxes.LOGO, "item", Mode.ONE_WAY,
                    LOGO_ITEM_OPTIONS, EVERY),
            new Definition(LOGO_ORDERS, DemoSandboxes.FARMABORSA_STORE, "order", DemoSandboxes.LOGO, "invoice",
                    Mode.ONE_WAY, LOGO_ORDER_OPTIONS, FARMABORSA_EVERY),
            new Definition(LOGO_ISP_CUSTOMERS, DemoSandboxes.WIRADIUS, "party", DemoSandboxes.LOGO, "party",
                    Mode.ONE_WAY, ISP_CUSTOMER_OPTIONS, EVERY),
            new Definition(LOGO_ISP_INVOICES, DemoSandboxes.WIRADIUS, "invoice", DemoSandboxes.LOGO, "invoice",
                    Mode.ONE_WAY, ISP_INVOICE_OPTIONS, EVERY),
            new Definition(LOGO_ISP_COLLECTIONS, DemoSandboxes.WIRADIUS, "payment", DemoSandboxes.LOGO, "payment",
                    Mode.ONE_WAY, ISP_COLLECTION_OPTIONS, EVERY));

    /** The cards of the demo catalogue (those Mikro Merkez holds) whose code starts with {@code codePrefix}. */
    static Stream<DemoItem> catalogue(String codePrefix) {
        return DemoData.of(DemoSandboxes.SEED, DemoSandboxes.RECORDS).items()
                .filter(item -> item.code().startsWith(codePrefix));
    }

    /**
     * Barcode → stock code of the catalogue's cards under {@code codePrefix}, as JSON ({@code itemCodes}): Logo and
     * DİA find no card by barcode, so their order pipelines are told the codes.
     */
    static String itemCodes(String codePrefix) {
        Map<String, String> codes = catalogue(codePrefix)
                .collect(Collectors.toMap(DemoItem::barcode, DemoItem::code, (a, b) -> a, TreeMap::new));
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(codes).toString();
    }

    /** Rows of the engine that tie a pipeline to the records of the sandboxes it last ran against. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoPipelines.class);

    private final SyncStore store;
    private final PipelineScheduler scheduler;
    private final StoredSchedules schedules;

    DemoPipelines(SyncStore store, PipelineScheduler scheduler, StoredSchedules schedules) {
        this.store = store;
        this.scheduler = scheduler;
        this.schedules = schedules;
    }

    /**
     * Defines the pipelines whose connections exist, schedules them (a schedule changed or paused through the API
     * stays as it is) and asks the unpaused ones for a first run now. Returns their ids by name.
     */
    Map<String, Long> ensure(Map<String, Long> connections) {
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        List<Long> started = new ArrayList<>();
        for (Definition d : ALL) {
            if (!connections.containsKey(d.source()) || !connections.containsKey(d.target())) {
                continue;
            }
            long id = ensure(d, connections.get(d.source()), connections.get(d.target()));
            ids.put(d.name(), id);
            if (!schedules.ensure(id, PipelineSchedule.every(d.every()))) {
                started.add(id);
            }
        }
        started.forEach(this::runNow);
        return ids;
    }

    /** A first run now, so the dashboard has something to show before the first period ends. */
    private void runNow(long pipelineId) {
        try {
            scheduler.runNow(pipelineId);
        } catch (RuntimeException e) {
            // db-scheduler may refuse to move a row that was touched a moment before (seen on H2 right after
            // schedule): the pipeline still runs on its schedule, one period from now
            LOG.info("pipeline {}: no immediate first run ({}); it runs on its schedule", pipelineId, e.getMessage());
        }
    }

    private long ensure(Definition d, long sourceId, long targetId) {
        return store.transaction(tx -> store.pipelines().findByName(tx, d.name()).map(existing -> {
            // the sandboxes start from their seed every time: links and cursors of the last start point at
            // records that are gone, so the pipeline starts over (its runs and dead letters stay as history)
            store.pipelines().startOver(tx, existing.id());
            return existing.id();
        }).orElseGet(() -> store.pipelines().add(tx, new PipelineSpec(0, d.name(), sourceId, d.sourceEntity(),
                targetId, d.targetEntity(), d.mode(), 50, d.optionsJson(), 1)).id()));
    }
}
