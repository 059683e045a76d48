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
import dev.kopru.logo.LogoConnector;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.write.WriteHooks;
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
 * FarmaBorsa new orders → Logo sales invoices through the mapping that invoices them in Mikro and DİA
 * ({@code OrderToInvoice}): the buyer found in Logo by VKN/TCKN ({@code TAX_ID}/{@code TCKNO}) or opened once as an
 * Arp, the lines on the firm's material cards (the same demo catalogue), the shipping fee on the seller's
 * {@value FarmaMikro#SHIPPING} card. What Logo holds afterwards is counted from its own tables, not through the
 * connector under test.
 */
abstract class LogoInvoicePipelineContract extends StoreContract {

    static final String PREFIX = "FB";
    static final int ORDERS = 20;
    private static final long SEED = 41;
    private static final int CATALOGUE = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NAMES = new AtomicInteger();

    Sandbox farma;
    Connector farmaConnector;
    LogoFirm logo;
    long pipelineId;

    /** The database's name in the printed proof. */
    abstract String database();

    @BeforeEach
    void startVendors() {
        farma = FarmaMikro.marketplace(SEED, CATALOGUE);
        logo = new LogoFirm(SEED, CATALOGUE);
        farmaConnector = FarmaMikro.farmaConnector(farma.baseUri().toString());
        logo.connector.create(Entity.ITEM, new Item(null, FarmaMikro.SHIPPING, "Kargo Ücreti", null, "ADET",
                List.of(), new BigDecimal("20"), null, null, "TRY", null, null, null, false, true, null, null));
        String name = "logo-orders-" + NAMES.incrementAndGet();
        String options = "{\"sourceFilters\":{\"status\":\"1\"},\"invoiceNumberPrefix\":\"" + PREFIX + "\","
                + "\"shippingItemCode\":\"" + FarmaMikro.SHIPPING + "\",\"itemCodes\":" + itemCodes() + ","
                + "\"invoiceUrlTemplate\":\"https://erp.example.com/fatura/{number}.pdf\"}";
        pipelineId = store.transaction(tx -> store.pipelines().add(tx, PipelineSpec.mapped(name,
                store.connections().add(tx, "farmaborsa", name + FarmaMikro.FARMA, "{}").id(), "order",
                store.connections().add(tx, "logo", name + LogoFirm.SUFFIX, "{}").id(), "invoice", 5, options))
                .id());
    }

    @AfterEach
    void stopVendors() {
        farmaConnector.close();
        farma.close();
        logo.close();
    }

    /** The firm's barcode → material code table: Logo finds no card by barcode, so the pipeline names its codes. */
    private String itemCodes() {
        Map<String, String> codes = new TreeMap<>();
        logo.connector.stream(Entity.ITEM, ReadRequest.full(100))
                .forEach(item -> item.barcodes().forEach(barcode -> codes.put(barcode, item.code())));
        return JSON.valueToTree(codes).toString();
    }

    PipelineRunner runner(WriteHooks hooks) {
        return new PipelineRunner(store, logo.registryWith(farmaConnector), MikroPipelineContract.TEST_POLICY, hooks);
    }

    @Test
    void invoices_every_order_once_in_logo_under_faults_lost_responses_and_a_token_expired_mid_run() {
        FarmaMikro.placeOrders(farma, ORDERS);
        Map<String, Order> orders = farmaConnector.stream(Entity.ORDER, new ReadRequest(Optional.empty(), 50,
                Map.of("status", "1"))).collect(Collectors.toMap(Order::key, Function.identity()));
        Map<String, Long> cardsBefore = logo.cardsByCode();
        long loginsBefore = ((LogoConnector) logo.connector).client().logins();
        // 10 % of calls fail (5 % answered 500, 5 % reset) and 5 % of writes lose their answer after committing
        logo.sandbox.faults().seed(7).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05).loseNextWrites(2);
        AtomicInteger creates = new AtomicInteger();
        WriteHooks expireMidRun = new WriteHooks() {
            @Override
            public void afterCreate(String sourceKey, String targetKey) {
                if (creates.incrementAndGet() == ORDERS / 2) {
                    logo.sandbox.faults().expireSessions();
                }
            }
        };

        RunReport run = runner(expireMidRun).run(pipelineId);
        Map<String, Long> faults = logo.faults();
        logo.sandbox.faults().clear();
        long logins = ((LogoConnector) logo.connector).client().logins() - loginsBefore;
        RunReport again = runner(WriteHooks.NONE).run(pipelineId);

        Map<String, List<BigDecimal>> held = logo.invoices(PREFIX);
        long lost = orders.keySet().stream().filter(o -> !held.containsKey(PREFIX + o)).count();
        long duplicated = LogoFirm.twice(held);
        BigDecimal ordered = orders.values().stream().map(o -> o.statedTotals().gross())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal invoiced = held.values().stream().flatMap(List::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Long> cards = logo.cardsByCode();
        Map<String, Long> buyersByTaxId = new TreeMap<>();
        orders.values().stream().map(o -> o.buyer().taxId().trim()).distinct()
                .forEach(taxId -> buyersByTaxId.put(taxId, logo.connector.stream(Entity.PARTY,
                        ReadRequest.full(100)).filter(p -> taxId.equals(p.taxId())).count()));
        System.out.println("PROOF FarmaBorsa orders → Logo invoices (" + database() + "): orders " + orders.size()
                + ", Logo invoices " + held.size() + ", lost " + lost + ", duplicated " + duplicated
                + ", faults injected " + faults + ", token expired after create " + ORDERS / 2
                + " (logins during the run " + logins + "), run " + run.counts() + ", totals ordered " + ordered
                + " TRY = invoiced " + invoiced + " TRY, buyers " + buyersByTaxId.size() + " (opened "
                + (cards.size() - cardsBefore.size()) + ", the rest found by VKN/TCKN; each on one card), re-run"
                + " written "
                + again.counts().written());

        assertThat(faults.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(3);
        assertThat(faults).containsKey("lost-response");
        assertThat(logins).as("logged in again after the expiry").isGreaterThanOrEqualTo(1);
        assertThat(run.state().name()).as("run %s", run).isEqualTo("SUCCEEDED");
        assertThat(run.counts().failed()).as("dead letters %s", store.<List<String>>transaction(tx -> store
                .deadLetters().open(tx, pipelineId).stream().map(d -> d.message() + " / " + d.vendorMessage())
                .toList())).isZero();
        assertThat(again.counts().inDoubt()).as("left in doubt after the faults ended").isZero();
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(held).hasSize(orders.size());
        for (Order order : orders.values()) {
            assertThat(held.get(PREFIX + order.key()).getFirst()).as("Logo's TOTAL_NET of order %s", order.key())
                    .isEqualByComparingTo(order.statedTotals().gross());
            JsonNode at = FarmaMikro.admin(farma, "GET", "/_sandbox/farmaborsa/orders/" + order.key(), null);
            assertThat(at.get("satisDurum").asInt()).as("order %s confirmed", order.key()).isEqualTo(2);
        }
        assertThat(invoiced).isEqualByComparingTo(ordered);
        assertThat(cards.values()).as("no card code twice").allMatch(n -> n == 1);
        assertThat(buyersByTaxId.values()).as("one card per buyer's VKN/TCKN").allMatch(n -> n == 1);
        assertThat(again.counts().written()).as("the re-run writes only what the faulted run left in doubt")
                .isEqualTo(run.counts().inDoubt());
        assertThat(again.counts().failed()).isZero();
    }
}
