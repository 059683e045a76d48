package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.Party;
import dev.kopru.dia.DiaConnector;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FarmaBorsa new orders → DİA sales invoices through the mapping that invoices them in Mikro ({@code OrderToInvoice}):
 * the buyer found in DİA by VKN/TCKN or opened once, the lines on the firm's stock cards, the shipping fee on the
 * seller's {@value FarmaMikro#SHIPPING} card. What DİA holds afterwards is counted by its sandbox
 * ({@code /_sandbox/dia/invoices}), not through the connector under test.
 */
abstract class DiaInvoicePipelineContract extends StoreContract {

    static final String PREFIX = "FB";
    static final int ORDERS = 16;
    private static final long SEED = 41;
    private static final int CATALOGUE = 40;
    private static final String FARMA = "-farmaborsa";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NAMES = new AtomicInteger();

    Sandbox farma;
    Sandbox dia;
    Connector farmaConnector;
    Connector diaConnector;
    long pipelineId;

    /** The database's name in the printed proof. */
    abstract String database();

    @BeforeEach
    void startVendors() {
        farma = FarmaMikro.marketplace(SEED, CATALOGUE);
        // the same demo catalogue: the firm holds a stock card for every barcode the buyer orders
        dia = Sandbox.start(DiaFirms.sandbox((int) SEED, CATALOGUE), 0);
        farmaConnector = FarmaMikro.farmaConnector(farma.baseUri().toString());
        diaConnector = DiaFirms.connector(dia);
        diaConnector.create(Entity.ITEM, new Item(null, FarmaMikro.SHIPPING, "Kargo Ücreti", null, "ADET", List.of(),
                new BigDecimal("20"), null, null, "TRY", null, null, null, true, true, null));
        String name = "dia-orders-" + NAMES.incrementAndGet();
        String options = "{\"sourceFilters\":{\"status\":\"1\"},\"invoiceNumberPrefix\":\"" + PREFIX + "\","
                + "\"shippingItemCode\":\"" + FarmaMikro.SHIPPING + "\",\"itemCodes\":" + itemCodes() + ","
                + "\"invoiceUrlTemplate\":\"https://erp.example.com/fatura/{number}.pdf\"}";
        pipelineId = store.transaction(tx -> store.pipelines().add(tx, PipelineSpec.mapped(name,
                store.connections().add(tx, "farmaborsa", name + FARMA, "{}").id(), "order",
                store.connections().add(tx, "dia", name + "-dia", "{}").id(), "invoice", 5, options)).id());
    }

    @AfterEach
    void stopVendors() {
        farmaConnector.close();
        diaConnector.close();
        farma.close();
        dia.close();
    }

    /**
     * The firm's barcode → stock code table, from its cards got by key: DİA's list rows carry no barcodes and the
     * reference names no barcode filter, so the pipeline names its codes (the mapping's {@code itemCodes}).
     */
    private String itemCodes() {
        Map<String, String> codes = new TreeMap<>();
        diaConnector.stream(Entity.ITEM, ReadRequest.full(100)).forEach(row -> diaConnector.get(Entity.ITEM,
                row.key()).orElseThrow().barcodes().forEach(barcode -> codes.put(barcode, row.code())));
        return JSON.valueToTree(codes).toString();
    }

    PipelineRunner runner(WriteHooks hooks) {
        ConnectorRegistry registry = c -> c.name().endsWith(FARMA) ? farmaConnector : diaConnector;
        return new PipelineRunner(store, registry, MikroPipelineContract.TEST_POLICY, hooks);
    }

    /** Per invoice number: how many DİA holds, and its {@code net} (gross) as DİA summed it. */
    private JsonNode diaInvoices() {
        return FarmaMikro.admin(dia, "GET", "/_sandbox/dia/invoices?prefix=" + PREFIX, null);
    }

    @Test
    void invoices_every_order_once_in_dia_under_faults_lost_responses_and_a_session_expired_mid_run() {
        FarmaMikro.placeOrders(farma, ORDERS);
        Map<String, Order> orders = farmaConnector.stream(Entity.ORDER, new ReadRequest(Optional.empty(), 50,
                Map.of("status", "1"))).collect(Collectors.toMap(Order::key, Function.identity()));
        long partiesBefore = MikroPair.parties(diaConnector).size();
        long loginsBefore = ((DiaConnector) diaConnector).client().logins();
        dia.faults().seed(7).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05).loseNextWrites(2);
        AtomicInteger creates = new AtomicInteger();
        WriteHooks expireMidRun = new WriteHooks() {
            @Override
            public void afterCreate(String sourceKey, String targetKey) {
                if (creates.incrementAndGet() == ORDERS / 2) {
                    dia.faults().expireSessions();
                }
            }
        };

        RunReport run = runner(expireMidRun).run(pipelineId);
        dia.faults().clear();
        long logins = ((DiaConnector) diaConnector).client().logins() - loginsBefore;
        RunReport again = runner(WriteHooks.NONE).run(pipelineId);

        JsonNode held = diaInvoices();
        Map<String, Long> counts = new TreeMap<>();
        held.get("invoices").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        long lost = orders.keySet().stream().filter(o -> !counts.containsKey(PREFIX + o)).count();
        long duplicated = counts.values().stream().filter(n -> n > 1).count();
        BigDecimal ordered = orders.values().stream().map(o -> o.statedTotals().gross())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal invoiced = orders.keySet().stream().map(o -> new BigDecimal(held.get("net").path(PREFIX + o)
                .asText("0"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Party> parties = MikroPair.parties(diaConnector);
        Map<String, Long> byTaxId = parties.stream().filter(p -> p.taxId() != null && !p.taxId().isBlank())
                .collect(Collectors.groupingBy(Party::taxId, Collectors.counting()));
        Map<String, Long> faults = dia.journal().entries().stream().filter(e -> e.fault() != null)
                .collect(Collectors.groupingBy(RequestJournal.Entry::fault, TreeMap::new, Collectors.counting()));
        System.out.println("PROOF FarmaBorsa orders → DİA invoices (" + database() + "): orders " + orders.size()
                + ", DİA invoices " + counts.size() + ", lost " + lost + ", duplicated " + duplicated
                + ", faults injected " + faults + ", session expired after create " + ORDERS / 2 + " (logins during the run " + logins + "), run "
                + run.counts() + ", totals ordered " + ordered + " TRY = invoiced " + invoiced + " TRY, buyers opened "
                + (parties.size() - partiesBefore) + ", re-run written " + again.counts().written());

        assertThat(faults.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(3);
        assertThat(logins).as("logged in again after the expiry").isGreaterThanOrEqualTo(1);
        assertThat(run.state().name()).as("run %s", run).isEqualTo("SUCCEEDED");
        assertThat(run.counts().failed()).as("dead letters %s", store.<List<String>>transaction(tx -> store
                .deadLetters().open(tx, pipelineId).stream().map(d -> d.message() + " / " + d.vendorMessage())
                .toList())).isZero();
        // with writers at once, a create whose answer and every lookup after it were lost may stay in doubt until the
        // next run, which finds or writes it once; the lost answers themselves fall on buyers or invoices by chance
        assertThat(faults).containsKey("lost-response");
        assertThat(again.counts().inDoubt()).as("left in doubt after the faults ended").isZero();
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(counts).hasSize(orders.size());
        for (Order order : orders.values()) {
            assertThat(new BigDecimal(held.get("net").get(PREFIX + order.key()).asText()))
                    .as("DİA's gross of order %s", order.key()).isEqualByComparingTo(order.statedTotals().gross());
            JsonNode at = FarmaMikro.admin(farma, "GET", "/_sandbox/farmaborsa/orders/" + order.key(), null);
            assertThat(at.get("satisDurum").asInt()).as("order %s confirmed", order.key()).isEqualTo(2);
        }
        assertThat(invoiced).isEqualByComparingTo(ordered);
        assertThat(byTaxId.values()).as("no buyer opened twice").allMatch(n -> n == 1);
        assertThat(again.counts().written()).as("the re-run writes only what the faulted run left in doubt")
                .isEqualTo(run.counts().inDoubt());
        assertThat(again.counts().failed()).isZero();
    }
}
