package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The product-card flow (farmaborsa.md §5.1-5.2): an unknown barcode opens a request, FarmaBorsa approves it after
 * the configured delay (here 10 minutes of a clock the test moves), and UrunTalepDurum then names the listing.
 */
class ProductCardTest extends FarmaBorsaSandboxTestBase {

    @Override
    protected FarmaBorsaSandboxOptions.Builder options() {
        return super.options().productApprovalDelay(Duration.ofMinutes(10));
    }

    private static ObjectNode unknownProduct(int aktif) {
        return FarmaBorsaHttp.seller().put("ilan", 0).put("urunAd", "test").put("barkod", "345333453")
                .put("adet", 5).put("miadTip", 2).put("tutar", 89.5).put("aktif", aktif).put("kdv", 20)
                .put("urunErp", "STK-9");
    }

    private JsonNode status(long urunTalep) {
        return farma.post("/api/Entegre/UrunTalepDurum", FarmaBorsaHttp.seller().put("urunTalep", urunTalep)).json();
    }

    @Test
    void publishes_the_listing_once_the_product_card_request_is_approved() {
        JsonNode created = farma.ok("IlanKaydet", unknownProduct(1));
        long urunTalep = created.get("urunTalep").asLong();
        assertThat(urunTalep).isEqualTo(1207);
        assertThat(created.get("ilan").asLong()).isZero();
        assertThat(created.get("urun").asLong()).isZero();

        clock.advance(Duration.ofMinutes(9));
        assertThat(status(urunTalep).get("ilan").asLong()).isZero();
        assertThat(status(urunTalep).get("mesaj").asText()).isEqualTo("Talep inceleniyor");

        clock.advance(Duration.ofMinutes(1));
        JsonNode approved = status(urunTalep);
        assertThat(approved.get("hata").asBoolean()).isFalse();
        assertThat(approved.get("urunTalep").asLong()).isEqualTo(urunTalep);
        long ilan = approved.get("ilan").asLong();
        assertThat(ilan).isEqualTo(84381);
        JsonNode row = farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller().put("ilan", ilan)).get("ilanlarimList")
                .get(0);
        assertThat(row.get("barkod").asText()).isEqualTo("345333453");
        assertThat(row.get("urun").asLong()).isEqualTo(40117);
        assertThat(row.get("miadTipAd").asText()).isEqualTo("12 Aydan Az");
    }

    @Test
    void a_barcode_whose_card_was_approved_is_known_from_then_on() {
        farma.ok("IlanKaydet", unknownProduct(1));
        clock.advance(Duration.ofMinutes(10));

        JsonNode second = farma.ok("IlanKaydet", unknownProduct(1));

        assertThat(second.get("urunTalep").asLong()).isZero();
        assertThat(second.get("urun").asLong()).isEqualTo(40117);
        assertThat(second.get("ilan").asLong()).isEqualTo(84382);
    }

    @Test
    void an_approved_request_sent_with_aktif_0_gives_a_passive_listing() {
        long urunTalep = farma.ok("IlanKaydet", unknownProduct(0)).get("urunTalep").asLong();
        clock.advance(Duration.ofMinutes(10));

        long ilan = status(urunTalep).get("ilan").asLong();

        assertThat(farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller().put("pasif", 1)).get("ilanlarimList"))
                .extracting(r -> r.get("kod").asLong()).containsExactly(ilan);
    }

    @Test
    void the_admin_api_approves_or_rejects_a_request_at_once() {
        long first = farma.ok("IlanKaydet", unknownProduct(1)).get("urunTalep").asLong();
        long second = farma.ok("IlanKaydet", unknownProduct(1).put("barkod", "111222333")).get("urunTalep").asLong();

        JsonNode approved = farma.admin("POST", "product-requests/" + first + "/approve", null, 200);
        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
        assertThat(status(first).get("ilan").asLong()).isEqualTo(approved.get("ilan").asLong());

        farma.admin("POST", "product-requests/" + second + "/reject", "{\"sebep\":\"Barkod hatalı\"}", 200);
        JsonNode rejected = status(second);
        assertThat(rejected.get("hata").asBoolean()).isTrue();
        assertThat(rejected.get("mesaj").asText()).isEqualTo("Ürün kartı talebi reddedildi: Barkod hatalı");
        assertThat(rejected.get("ilan").asLong()).isZero();

        farma.admin("POST", "product-requests/" + second + "/approve", null, 409);
        farma.admin("POST", "product-requests/999/approve", null, 404);
    }

    @Test
    void without_a_delay_requests_wait_for_the_admin_api() {
        farma.admin("PUT", "product-requests", "{\"approvalDelayMs\":null}", 200);
        long urunTalep = farma.ok("IlanKaydet", unknownProduct(1)).get("urunTalep").asLong();

        clock.advance(Duration.ofDays(30));

        assertThat(status(urunTalep).get("mesaj").asText()).isEqualTo("Talep inceleniyor");
        assertThat(farma.admin("GET", "product-requests", null, 200).get("requests"))
                .singleElement().satisfies(r -> assertThat(r.get("state").asText()).isEqualTo("PENDING"));
    }

    @Test
    void refuses_a_request_code_that_is_missing_or_another_sellers() {
        long urunTalep = farma.ok("IlanKaydet", unknownProduct(1)).get("urunTalep").asLong();

        assertThat(farma.refusal("UrunTalepDurum", FarmaBorsaHttp.seller())).isEqualTo("urunTalep zorunludur");
        JsonNode foreign = farma.refused("UrunTalepDurum", FarmaBorsaHttp.buyer().put("urunTalep", urunTalep));
        assertThat(foreign.get("mesaj").asText()).isEqualTo("Ürün kartı talebi bulunamadı");
        assertThat(foreign.get("ilan").asLong()).isZero();
    }
}
