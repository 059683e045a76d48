package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.demodata.DemoItem;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.time.SettableClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo marketplace (DESIGN.md's demo account, 40 demo items, rate limit off for the test): a catalogue that
 * knows four demo barcodes in five, listings, orders in every status, and a simulated buyer that orders on request
 * and at a steady rate driven by the clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoMarketTest {

    private static final ObjectNode DEMO = FarmaBorsaHttp.credentials("demo", "demo", "demo-api-key");
    private final SettableClock clock = new SettableClock(LocalDateTime.of(2026, 3, 2, 9, 0), FarmaBorsaSandboxOptions.ISTANBUL);
    private final DemoData data = DemoData.of(7, 40);
    private Sandbox sandbox;
    private FarmaBorsaHttp farma;

    @BeforeAll
    void start() {
        sandbox = Sandbox.start(new FarmaBorsaSandbox(FarmaBorsaSandboxOptions.builder().demoSeed(7).demoSize(40)
                .clock(clock).noRateLimit().buyerOrderInterval(Duration.ofMinutes(5)).build()), 0);
        farma = new FarmaBorsaHttp(sandbox.baseUri());
    }

    @BeforeEach
    void reset() {
        clock.rewind();
        sandbox.app().reset();
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    private static ObjectNode listing(DemoItem item) {
        return DEMO.deepCopy().put("ilan", 0).put("urunAd", item.name()).put("barkod", item.barcode()).put("adet", 3)
                .put("miadTip", 3).put("tutar", item.priceVatIncluded()).put("aktif", 1);
    }

    private JsonNode allOrders() {
        return farma.ok("SiparisListesi", DEMO.deepCopy().put("satisDurum", 10)).get("siparisList");
    }

    @Test
    void knows_four_demo_barcodes_in_five_and_requests_a_card_for_the_rest() {
        assertThat(farma.ok("IlanKaydet", listing(data.item(0))).get("ilan").asLong()).isPositive();

        JsonNode unknown = farma.ok("IlanKaydet", listing(data.item(9)));

        assertThat(unknown.get("urunTalep").asLong()).isPositive();
        JsonNode catalogue = farma.admin("GET", "catalogue?limit=100", null, 200);
        assertThat(catalogue.get("products")).hasSize(32);
        assertThat(catalogue.get("unknownDemoBarcodes")).hasSize(8)
                .anySatisfy(b -> assertThat(b.asText()).isEqualTo(data.item(9).barcode()));
    }

    @Test
    void seeds_listings_and_orders_in_every_status_with_consistent_totals() {
        JsonNode state = farma.send("GET", "/_sandbox/state", null).json().get("state");
        assertThat(state.get("listings").get("active").asInt()).isPositive();
        assertThat(state.get("listings").get("passive").asInt()).isPositive();
        assertThat(state.get("productRequests").get("pending").asInt()).isEqualTo(1);
        assertThat(state.get("orders").get("total").asInt()).isEqualTo(12);
        for (String status : new String[] {"1", "2", "3", "4", "5", "8"}) {
            assertThat(state.get("orders").get("byStatus").get(status).asInt()).as("status %s", status).isPositive();
        }
        for (JsonNode order : allOrders()) {
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal gross = BigDecimal.ZERO;
            for (JsonNode line : order.get("ilanList")) {
                BigDecimal unit = line.get("birimFiyat").decimalValue();
                BigDecimal expectedNet = unit.multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(100 + line.get("kdv").asInt()), 2, RoundingMode.HALF_UP);
                assertThat(line.get("netFiyat").decimalValue()).isEqualByComparingTo(expectedNet);
                net = net.add(expectedNet.multiply(line.get("adet").decimalValue()));
                gross = gross.add(unit.multiply(line.get("adet").decimalValue()));
            }
            assertThat(order.get("toplam").decimalValue()).isEqualByComparingTo(net);
            assertThat(order.get("genelToplam").decimalValue()).isEqualByComparingTo(gross);
            assertThat(order.get("vNo").asText().isEmpty() != order.get("tc").asText().isEmpty()).isTrue();
        }
        assertThat(farma.ok("SiparisListesiAlici", DEMO.deepCopy().put("satisDurum", 10)).get("siparisList"))
                .hasSize(2);
    }

    @Test
    void the_simulated_buyer_orders_from_active_listings_in_stock_on_request() {
        JsonNode placed = farma.admin("POST", "orders", "{\"count\":3}", 200).get("placed");

        assertThat(placed).hasSize(3);
        JsonNode active = farma.ok("IlanlarimListesi", DEMO).get("ilanlarimList");
        for (JsonNode code : placed) {
            JsonNode order = farma.ok("SiparisListesi", DEMO.deepCopy().put("satisKod", code.asLong()))
                    .get("siparisList").get(0);
            assertThat(order.get("tarih").asText()).isEqualTo("2026-03-02T09:00:00");
            for (JsonNode line : order.get("ilanList")) {
                if (!line.get("kargoUcretiUrunu").asBoolean()) {
                    assertThat(active).anySatisfy(l -> assertThat(l.get("barkod").asText())
                            .isEqualTo(line.get("barkod").asText()));
                }
            }
        }
        assertThat(farma.admin("POST", "orders", "{\"seller\":\"nobody\"}", 400).get("field").asText())
                .isEqualTo("seller");
        assertThat(farma.admin("POST", "orders", "{\"count\":0}", 400).get("field").asText()).isEqualTo("count");
    }

    @Test
    void the_simulated_buyer_orders_at_a_steady_rate_as_the_clock_moves() {
        int before = allOrders().size();

        clock.advance(Duration.ofMinutes(16));

        assertThat(allOrders().size()).isEqualTo(before + 3);
        farma.admin("PUT", "buyer", "{\"intervalMs\":null}", 200);
        clock.advance(Duration.ofHours(1));
        assertThat(allOrders().size()).isEqualTo(before + 3);
    }

    @Test
    void a_long_idle_period_places_a_bounded_number_of_orders() {
        int before = allOrders().size();

        clock.advance(Duration.ofDays(2));

        assertThat(allOrders().size() - before).isBetween(1, Market.MAX_CATCH_UP);
    }

    @Test
    void reset_goes_back_to_the_seeded_data() {
        farma.admin("POST", "orders", "{\"count\":2}", 200);
        farma.ok("IlanKaydet", listing(data.item(0)));

        farma.send("POST", "/_sandbox/reset", null);

        JsonNode state = farma.send("GET", "/_sandbox/state", null).json().get("state");
        assertThat(state.get("orders").get("total").asInt()).isEqualTo(12);
        assertThat(state.get("accounts")).extracting(JsonNode::asText).containsExactly("demo");
        assertThat(state.get("buyerOrderIntervalMs").asLong()).isEqualTo(300_000);
    }
}
