package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * SiparisMiktarDegistirerekOnaylaTalep (farmaborsa.md §5.9): "kod-adet,kod-adet" naming every line of a new order,
 * quantities only going down; the order is then confirmed with the new quantities. Order 550014 has lines 10000
 * (2 units) and 10001 (4 units); 550012 has a product line 9001 (2) and the shipping-fee line 9002.
 */
class QuantityChangeTest extends FarmaBorsaSandboxTestBase {

    private static ObjectNode change(long satisKod, String list) {
        return FarmaBorsaHttp.seller().put("satisKod", satisKod).put("satisMiktarOnayList", list);
    }

    private String refusal(long satisKod, String list) {
        JsonNode refused = farma.refused("SiparisMiktarDegistirerekOnaylaTalep", change(satisKod, list));
        assertThat(refused.get("link").isNull()).isTrue();
        return refused.get("mesaj").asText();
    }

    @Test
    void confirms_the_order_with_the_new_quantities() {
        JsonNode answer = farma.ok("SiparisMiktarDegistirerekOnaylaTalep", change(550014, "10000-0,10001-3"));
        assertThat(answer.get("link").isNull()).isTrue();

        JsonNode order = farma.sellerOrder(550014);
        assertThat(order.get("ilanList")).singleElement().satisfies(line -> {
            assertThat(line.get("kod").asLong()).isEqualTo(10001);
            assertThat(line.get("adet").asInt()).isEqualTo(3);
            assertThat(line.get("netToplam").decimalValue()).isEqualByComparingTo("300.00");
        });
        assertThat(order.get("genelToplam").decimalValue()).isEqualByComparingTo("360.00");
        assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 2)).extracting(o -> o.get("satisKod").asLong())
                .containsExactly(550014L);
    }

    @Test
    void refuses_a_list_that_misses_a_line_of_the_order() {
        assertThat(refusal(550014, "10001-3")).isEqualTo("satisMiktarOnayList siparişin tüm ürünlerini içermelidir");
        assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 1)).hasSize(3);
    }

    @Test
    void refuses_a_raised_quantity() {
        assertThat(refusal(550014, "10000-2,10001-5"))
                .isEqualTo("satisMiktarOnayList 10001 için adet (5) siparişteki adetten (4) fazla olamaz");
    }

    @Test
    void refuses_codes_the_order_does_not_have_twice_named_codes_and_bad_text() {
        assertThat(refusal(550014, "10000-1,10001-1,9001-1"))
                .isEqualTo("satisMiktarOnayList siparişte olmayan bir kod içeriyor: 9001");
        assertThat(refusal(550014, "10000-1,10000-1,10001-1"))
                .isEqualTo("satisMiktarOnayList aynı kodu iki kez içeriyor: 10000");
        assertThat(refusal(550014, "10000:1,10001-1"))
                .isEqualTo("satisMiktarOnayList 'kod-adet,kod-adet' biçiminde olmalıdır: '10000:1'");
        assertThat(refusal(550014, "")).isEqualTo("satisMiktarOnayList zorunludur");
        assertThat(refusal(550014, "10000-0,10001-0"))
                .isEqualTo("satisMiktarOnayList tüm ürünleri 0 adet yapamaz; siparişi iptal ediniz");
    }

    @Test
    void accepts_blanks_around_the_pairs() {
        farma.ok("SiparisMiktarDegistirerekOnaylaTalep", change(550014, " 10000 - 1 , 10001-4 "));

        assertThat(farma.sellerOrder(550014).get("ilanList")).extracting(l -> l.get("adet").asInt())
                .containsExactly(1, 4);
    }

    @Test
    void the_shipping_fee_line_may_be_left_out() {
        farma.ok("SiparisMiktarDegistirerekOnaylaTalep", change(550012, "9001-1"));

        JsonNode order = farma.sellerOrder(550012);
        assertThat(order.get("ilanList")).extracting(l -> l.get("adet").asInt()).containsExactly(1, 1);
        assertThat(order.get("genelToplam").decimalValue()).isEqualByComparingTo("89.80");
        JsonNode listing = farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller()).get("ilanlarimList").get(0);
        assertThat(listing.get("adet").asInt()).as("the unit not sent goes back to the listing").isEqualTo(101);
    }

    @Test
    void only_a_new_order_can_be_confirmed_with_changed_quantities() {
        farma.ok("SiparisOnayIptalIslem", FarmaBorsaHttp.seller().put("satisKod", 550014).put("iptal", false));

        assertThat(refusal(550014, "10000-1,10001-1")).isEqualTo("Sipariş bu durumda onaylanamaz");
    }
}
