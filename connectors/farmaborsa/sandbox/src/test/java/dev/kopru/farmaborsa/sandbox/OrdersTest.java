package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.http.TestHttp;
import org.junit.jupiter.api.Test;

/** The order lists and the seller's actions: filters, paging, confirm, cancel, cargo link, invoice, status moves. */
class OrdersTest extends FarmaBorsaSandboxTestBase {

    private static ObjectNode decision(long satisKod, boolean iptal, int sebep) {
        return FarmaBorsaHttp.seller().put("satisKod", satisKod).put("iptal", iptal)
                .put("satisDurumDegistirmeSebep", sebep).put("aciklama", "");
    }

    private JsonNode counts() {
        JsonNode list = farma.ok("satisDurumBazindaSatisListesi", FarmaBorsaHttp.seller()).get("satisDurumList");
        ObjectNode byStatus = TestHttp.JSON.createObjectNode();
        list.forEach(row -> byStatus.put(row.get("satisDurum").asText(), row.get("adet").asInt()));
        return byStatus;
    }

    @Test
    void lists_by_status_by_date_window_and_by_sale_code() {
        assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 1)).extracting(o -> o.get("satisKod").asLong())
                .containsExactly(550012L, 550013L, 550014L);
        ObjectNode december = FarmaBorsaHttp.seller().put("satisDurum", 1).put("baslama", "12.01.2025")
                .put("bitis", "12.01.2025");
        assertThat(farma.ok("SiparisListesi", december).get("siparisList"))
                .extracting(o -> o.get("satisKod").asLong()).containsExactly(550013L);
        ObjectNode byCode = FarmaBorsaHttp.seller().put("satisKod", 550014).put("satisDurum", 8);
        assertThat(farma.ok("SiparisListesi", byCode).get("siparisList"))
                .extracting(o -> o.get("satisKod").asLong()).containsExactly(550014L);
        assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 2)).isEmpty();
        assertThat(farma.sellerOrders(FarmaBorsaHttp.buyer(), 1)).as("the buyer sells nothing").isEmpty();
    }

    @Test
    void reads_the_window_as_month_first_with_dots_or_slashes_or_as_iso_dates() {
        ObjectNode slashes = FarmaBorsaHttp.seller().put("satisDurum", 10).put("baslama", "12/02/2025 11:00")
                .put("bitis", "12/02/2025");
        assertThat(farma.ok("SiparisListesi", slashes).get("siparisList"))
                .extracting(o -> o.get("satisKod").asLong()).containsExactly(550014L);
        ObjectNode iso = FarmaBorsaHttp.seller().put("satisDurum", 10).put("baslama", "2025-11-21")
                .put("bitis", "2025-11-21T23:59:59");
        assertThat(farma.ok("SiparisListesi", iso).get("siparisList"))
                .extracting(o -> o.get("satisKod").asLong()).containsExactly(550012L);
        ObjectNode late = FarmaBorsaHttp.seller().put("baslama", "12.02.2025 11:16");
        assertThat(farma.ok("SiparisListesi", late).get("siparisList")).as("no satisDurum: the open orders")
                .isEmpty();
        assertThat(farma.refusal("SiparisListesi", FarmaBorsaHttp.seller().put("bitis", "13.13.2025")))
                .startsWith("bitis ay.gün.yıl (MM.dd.yyyy, örnek 05.30.2021) biçiminde bir tarih olmalıdır");
    }

    @Test
    void refuses_a_day_first_date_and_a_window_that_ends_before_it_starts() {
        ObjectNode dayFirst = FarmaBorsaHttp.seller().put("satisDurum", 1).put("baslama", "30.11.2025");
        assertThat(farma.refusal("SiparisListesi", dayFirst))
                .isEqualTo("baslama ay.gün.yıl (MM.dd.yyyy) biçiminde olmalıdır; '30.11.2025' gün.ay.yıl gibi görünüyor");
        ObjectNode backwards = FarmaBorsaHttp.seller().put("satisDurum", 1).put("baslama", "12.02.2025")
                .put("bitis", "12.01.2025");
        assertThat(farma.refusal("SiparisListesi", backwards)).startsWith("baslama bitis'ten sonra olamaz");
        JsonNode badStatus = farma.refused("SiparisListesi", FarmaBorsaHttp.seller().put("satisDurum", 6));
        assertThat(badStatus.get("mesaj").asText()).isEqualTo("satisDurum 0, 1, 2, 3, 4, 5, 8 veya 10 olmalıdır: '6'");
        assertThat(badStatus.get("siparisList").isNull()).isTrue();
    }

    @Test
    void confirms_a_new_order_once() {
        farma.ok("SiparisOnayIptalIslem", decision(550012, false, 0));

        assertThat(farma.refusal("SiparisOnayIptalIslem", decision(550012, false, 0)))
                .isEqualTo("Sipariş bu durumda onaylanamaz");
        assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 2)).extracting(o -> o.get("satisKod").asLong())
                .containsExactly(550012L);
        assertThat(counts().get("1").asInt()).isEqualTo(2);
        assertThat(counts().get("2").asInt()).isEqualTo(1);
    }

    @Test
    void cancels_a_new_or_confirmed_order_with_reason_7_8_or_10_only() {
        assertThat(farma.refusal("SiparisOnayIptalIslem", decision(550013, true, 5)))
                .isEqualTo("satisDurumDegistirmeSebep iptal için 7, 8 veya 10 olmalıdır: '5'");
        assertThat(farma.refusal("SiparisOnayIptalIslem", decision(550013, true, 0)))
                .startsWith("satisDurumDegistirmeSebep");
        farma.ok("SiparisOnayIptalIslem", decision(550013, true, 8));
        farma.ok("SiparisOnayIptalIslem", decision(550012, false, 0));
        farma.ok("SiparisOnayIptalIslem", decision(550012, true, 10));

        assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 8)).extracting(o -> o.get("satisKod").asLong())
                .containsExactly(550012L, 550013L);
        assertThat(farma.refusal("SiparisOnayIptalIslem", decision(550013, true, 7)))
                .isEqualTo("Sipariş bu durumda iptal edilemez");
        assertThat(farma.refusal("SiparisOnayIptalIslem", decision(550013, false, 0)))
                .isEqualTo("Sipariş bu durumda onaylanamaz");
    }

    @Test
    void cancelling_gives_the_stock_back_to_the_listing() {
        farma.ok("SiparisOnayIptalIslem", decision(550012, true, 7));

        JsonNode row = farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller()).get("ilanlarimList").get(0);
        assertThat(row.get("adet").asInt()).isEqualTo(102);
    }

    @Test
    void answers_another_sellers_or_a_missing_order_as_not_found() {
        ObjectNode foreign = FarmaBorsaHttp.buyer().put("satisKod", 550012).put("iptal", false);
        assertThat(farma.refusal("SiparisOnayIptalIslem", foreign)).isEqualTo("Sipariş bulunamadı");
        assertThat(farma.refusal("KargoLinkiOlusturma", FarmaBorsaHttp.seller().put("satisKod", 1)))
                .isEqualTo("Sipariş bulunamadı");
        assertThat(farma.refusal("SiparisOnayIptalIslem", FarmaBorsaHttp.seller().put("iptal", false)))
                .isEqualTo("satisKod zorunludur");
    }

    @Test
    void makes_one_stable_cargo_link_for_a_confirmed_order() {
        JsonNode early = farma.refused("KargoLinkiOlusturma", FarmaBorsaHttp.seller().put("satisKod", 550012));
        assertThat(early.get("mesaj").asText()).isEqualTo("Sipariş bu durumda kargo linki oluşturulamaz");
        assertThat(early.get("link").isNull()).isTrue();
        farma.ok("SiparisOnayIptalIslem", decision(550012, false, 0));

        String link = farma.ok("KargoLinkiOlusturma", FarmaBorsaHttp.seller().put("satisKod", 550012))
                .get("link").asText();

        assertThat(link).isEqualTo("https://sandbox.local/kargo/550012.pdf");
        assertThat(farma.ok("KargoLinkiOlusturma", FarmaBorsaHttp.seller().put("satisKod", 550012))
                .get("link").asText()).isEqualTo(link);
        JsonNode order = farma.sellerOrder(550012);
        assertThat(order.get("kargoBarkod").asText()).isEqualTo("700000550012");
        assertThat(order.get("kargoAd").asText()).isEqualTo("Yurtiçi Kargo");
        assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 2)).hasSize(1);
        TestHttp.Response pdf = farma.send("GET", "/kargo/550012.pdf", null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.text()).startsWith("%PDF-1.4").contains("700000550012").endsWith("%%EOF\n");
        assertThat(farma.send("GET", "/kargo/550013.pdf", null).status()).isEqualTo(404);
    }

    @Test
    void the_carrier_and_the_buyer_move_an_order_through_the_admin_api() {
        farma.ok("SiparisOnayIptalIslem", decision(550012, false, 0));

        farma.admin("PUT", "orders/550012/status", "{\"satisDurum\":3}", 200);
        farma.admin("PUT", "orders/550012/status", "{\"satisDurum\":4}", 200);
        JsonNode last = farma.admin("PUT", "orders/550012/status", "{\"satisDurum\":5}", 200);

        assertThat(last.get("satisDurumAd").asText()).isEqualTo("Alıcı Onayladı");
        assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 5)).hasSize(1);
        farma.admin("PUT", "orders/550012/status", "{\"satisDurum\":8}", 409);
        farma.admin("PUT", "orders/550013/status", "{\"satisDurum\":4}", 409);
        farma.admin("PUT", "orders/550013/status", "{\"satisDurum\":8}", 200);
        farma.admin("PUT", "orders/1/status", "{\"satisDurum\":3}", 404);
        assertThat(farma.admin("PUT", "orders/550014/status", "{\"satisDurum\":9}", 400).get("field").asText())
                .isEqualTo("satisDurum");
        assertThat(farma.refusal("SiparisOnayIptalIslem", decision(550012, true, 7)))
                .isEqualTo("Sipariş bu durumda iptal edilemez");
    }

    @Test
    void the_invoice_url_reaches_the_buyer() {
        ObjectNode invoice = FarmaBorsaHttp.seller().put("satisKod", 550012)
                .put("dosyaUrl", "https://eczane.example/fatura/1.pdf");
        assertThat(farma.post("/api/Entegre/SatFaturaKaydet", invoice).json().get("hata").asBoolean()).isFalse();

        JsonNode purchases = farma.ok("SiparisListesiAlici", FarmaBorsaHttp.buyer().put("satisDurum", 10))
                .get("siparisList");

        assertThat(purchases).singleElement().satisfies(order -> {
            assertThat(order.get("satFaturaUrl").asText()).isEqualTo("https://eczane.example/fatura/1.pdf");
            assertThat(order.get("nick").asText()).isEqualTo("demoeczane");
            assertThat(order.get("satisDurumAd").asText()).isEqualTo("Yeni Sipariş");
            assertThat(order.get("ilanList").get(0).has("kargoUcretiUrunu")).isFalse();
        });
        assertThat(farma.refusal("SatFaturaKaydet", FarmaBorsaHttp.seller().put("satisKod", 550012)
                .put("dosyaUrl", "fatura.pdf"))).isEqualTo("dosyaUrl http(s) ile başlayan geçerli bir URL olmalıdır: "
                + "'fatura.pdf'");
        farma.ok("SiparisOnayIptalIslem", decision(550012, true, 8));
        assertThat(farma.refusal("SatFaturaKaydet", invoice)).isEqualTo("İptal edilmiş siparişe fatura eklenemez");
    }

    @Test
    void the_buyer_lists_open_cancelled_or_all_purchases() {
        assertThat(farma.ok("SiparisListesiAlici", FarmaBorsaHttp.buyer()).get("siparisList")).hasSize(1);
        farma.ok("SiparisOnayIptalIslem", decision(550012, true, 7));

        assertThat(farma.ok("SiparisListesiAlici", FarmaBorsaHttp.buyer().put("satisDurum", 0)).get("siparisList"))
                .isEmpty();
        assertThat(farma.ok("SiparisListesiAlici", FarmaBorsaHttp.buyer().put("satisDurum", 8)).get("siparisList"))
                .singleElement().satisfies(o -> assertThat(o.get("satisDurumAd").asText()).isEqualTo("İptal Edildi"));
        assertThat(farma.ok("SiparisListesiAlici", FarmaBorsaHttp.seller().put("satisDurum", 10))
                .get("siparisList")).as("the seller bought nothing").isEmpty();
    }

    @Test
    void counts_the_sellers_orders_per_status() {
        JsonNode list = farma.ok("satisDurumBazindaSatisListesi", FarmaBorsaHttp.seller()).get("satisDurumList");

        assertThat(list).extracting(r -> r.get("satisDurum").asInt()).containsExactly(1, 2, 3, 4, 5, 8);
        assertThat(list.get(0).get("satisDurumAd").asText()).isEqualTo("Yeni Sipariş");
        assertThat(list.get(0).get("adet").asInt()).isEqualTo(3);
    }
}
