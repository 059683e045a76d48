package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** IlanKaydet, IlanlarimListesi and UrunErpKaydetme: create, update, list, refuse. */
class ListingsTest extends FarmaBorsaSandboxTestBase {

    static final String DAYLONG = "7612076396470";

    private static ObjectNode listing(String barkod) {
        return FarmaBorsaHttp.seller().put("ilan", 0).put("urunAd", "DAYLONG ACTINICA GUNES").put("barkod", barkod)
                .put("adet", 5).put("miad", "2026-01-31").put("miadTip", 1).put("tutar", 89.5).put("aktif", 1);
    }

    private JsonNode myListings(int pasif) {
        return farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller().put("pasif", pasif)).get("ilanlarimList");
    }

    @Test
    void publishes_a_listing_for_a_barcode_the_catalogue_knows() {
        JsonNode saved = farma.ok("IlanKaydet", listing(DAYLONG).put("maxAdet", 3).put("psf", 120));

        assertThat(saved.get("ilan").asLong()).isEqualTo(84381);
        assertThat(saved.get("urun").asLong()).isEqualTo(40114);
        assertThat(saved.get("urunTalep").asLong()).isZero();
        JsonNode rows = myListings(0);
        assertThat(rows).hasSize(2);
        JsonNode created = rows.get(1);
        assertThat(created.get("sira").asInt()).isEqualTo(2);
        assertThat(created.get("kod").asLong()).isEqualTo(84381);
        assertThat(created.get("miad").asText()).isEqualTo("1-2026");
        assertThat(created.get("miadText").asText()).isEqualTo("01-2026");
        assertThat(created.get("miadTipAd").asText()).isEqualTo("Standart");
        assertThat(created.get("tutarAd").asText()).isEqualTo("89.50 TL");
        assertThat(created.get("psf").decimalValue()).isEqualByComparingTo("120");
        assertThat(created.get("maxAdet").asInt()).isEqualTo(3);
    }

    @Test
    void keeps_a_listing_sent_with_aktif_0_among_the_passive_ones() {
        long ilan = farma.ok("IlanKaydet", listing(DAYLONG).put("aktif", 0)).get("ilan").asLong();

        assertThat(myListings(0)).extracting(row -> row.get("kod").asLong()).containsExactly(84380L);
        assertThat(myListings(1)).extracting(row -> row.get("kod").asLong()).containsExactly(ilan);
        JsonNode all = farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller().put("pasif", 0)
                .put("tumIlanlarGelsin", true)).get("ilanlarimList");
        assertThat(all).extracting(row -> row.get("kod").asLong()).containsExactly(84380L, ilan);
    }

    @Test
    void lists_one_listing_by_its_code_whatever_pasif_says() {
        long ilan = farma.ok("IlanKaydet", listing(DAYLONG).put("aktif", 0)).get("ilan").asLong();

        JsonNode one = farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller().put("pasif", 0).put("ilan", ilan))
                .get("ilanlarimList");
        assertThat(one).singleElement().satisfies(row -> assertThat(row.get("kod").asLong()).isEqualTo(ilan));
        assertThat(farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller().put("ilan", 99999)).get("ilanlarimList"))
                .isEmpty();
    }

    @Test
    void updates_a_listing_by_its_code_keeping_what_the_body_leaves_out() {
        ObjectNode update = FarmaBorsaHttp.seller().put("ilan", 84380).put("tutar", "74.90").put("adet", 60)
                .put("aktif", 1);

        JsonNode saved = farma.ok("IlanKaydet", update);

        assertThat(saved.get("ilan").asLong()).isEqualTo(84380);
        assertThat(saved.get("urun").asLong()).isEqualTo(40114);
        JsonNode row = myListings(0).get(0);
        assertThat(row.get("tutar").decimalValue()).isEqualByComparingTo("74.90");
        assertThat(row.get("adet").asInt()).isEqualTo(60);
        assertThat(row.get("urunAd").asText()).isEqualTo("DAYLONG ACTINICA GUNES");
        assertThat(row.get("miad").asText()).isEqualTo("1-2022");
        assertThat(row.get("op").asInt()).isEqualTo(1462);
    }

    @Test
    void refuses_to_move_a_listing_to_another_product() {
        ObjectNode update = listing("8699546090013").put("ilan", 84380);

        assertThat(farma.refusal("IlanKaydet", update)).isEqualTo("Ürün değiştirilemez");
    }

    @Test
    void answers_an_unknown_or_foreign_listing_code_as_not_found() {
        JsonNode refused = farma.refused("IlanKaydet", listing(DAYLONG).put("ilan", 12345));
        assertThat(refused.get("mesaj").asText()).isEqualTo("İlan bulunamadı");
        assertThat(refused.get("ilan").asLong()).isZero();
        assertThat(refused.get("urunTalep").asLong()).isZero();

        ObjectNode asBuyer = FarmaBorsaHttp.buyer().put("ilan", 84380).put("tutar", 1).put("urunAd", "x")
                .put("miadTip", 2);
        assertThat(farma.refusal("IlanKaydet", asBuyer)).isEqualTo("İlan bulunamadı");
        assertThat(farma.refusal("UrunErpKaydetme", FarmaBorsaHttp.buyer().put("ilan", 84380)
                .put("urunErp", "X"))).isEqualTo("İlan bulunamadı");
    }

    @Test
    void refuses_a_listing_without_its_required_fields_naming_the_field() {
        assertThat(farma.refusal("IlanKaydet", listing(DAYLONG).put("urunAd", ""))).isEqualTo("urunAd zorunludur");
        assertThat(farma.refusal("IlanKaydet", listing(DAYLONG).put("tutar", 0)))
                .isEqualTo("tutar 0'dan büyük olmalıdır");
        assertThat(farma.refusal("IlanKaydet", listing(DAYLONG).put("miadTip", 4)))
                .isEqualTo("miadTip 1, 2 veya 3 olmalıdır");
        assertThat(farma.refusal("IlanKaydet", listing(DAYLONG).put("miad", "")))
                .isEqualTo("miadTip 1 ise miad zorunludur");
        assertThat(farma.refusal("IlanKaydet", listing(DAYLONG).put("adet", "beş")))
                .isEqualTo("adet tam sayı olmalıdır: 'beş'");
        assertThat(farma.refusal("IlanKaydet", listing(DAYLONG).put("adet", -1)))
                .isEqualTo("adet 0'dan küçük olamaz: '-1'");
        assertThat(farma.refusal("IlanKaydet", listing(DAYLONG).put("miad", "31.01.2026")))
                .startsWith("miad geçerli bir tarih olmalıdır");
        assertThat(farma.refusal("IlanKaydet", listing(DAYLONG).put("kdv", 7)))
                .isEqualTo("kdv 0, 1, 8, 10, 18 veya 20 olmalıdır: '7'");
        assertThat(farma.refusal("IlanKaydet", listing(DAYLONG).put("aktif", 2)))
                .isEqualTo("aktif 0 veya 1 olmalıdır: '2'");
        ObjectNode noBarcode = listing(DAYLONG);
        noBarcode.remove("barkod");
        assertThat(farma.refusal("IlanKaydet", noBarcode)).isEqualTo("barkod zorunludur");
        assertThat(myListings(0)).hasSize(1);
    }

    @Test
    void a_listing_of_miad_type_2_or_3_has_no_expiry_month() {
        farma.ok("IlanKaydet", listing(DAYLONG).put("miadTip", 3).put("miad", ""));

        JsonNode row = myListings(0).get(1);
        assertThat(row.get("miadTip").asInt()).isEqualTo(3);
        assertThat(row.get("miadTipAd").asText()).isEqualTo("12 Aydan Fazla");
        assertThat(row.get("miad").asText()).isEmpty();
    }

    @Test
    void links_a_listing_to_the_sellers_erp_code() {
        JsonNode answer = farma.ok("UrunErpKaydetme", FarmaBorsaHttp.seller().put("ilan", 84380)
                .put("urunErp", "STK-0042"));
        assertThat(answer.get("mesaj").asText()).isEqualTo("BAŞARILI");

        assertThat(farma.refusal("UrunErpKaydetme", FarmaBorsaHttp.seller().put("ilan", 84380)))
                .isEqualTo("urunErp zorunludur");
        assertThat(farma.refusal("UrunErpKaydetme", FarmaBorsaHttp.seller().put("urunErp", "STK-1")))
                .isEqualTo("ilan zorunludur");
    }

    @Test
    void refuses_a_pasif_value_other_than_0_or_1() {
        JsonNode refused = farma.refused("IlanlarimListesi", FarmaBorsaHttp.seller().put("pasif", 3));

        assertThat(refused.get("mesaj").asText()).isEqualTo("pasif 0 veya 1 olmalıdır: '3'");
        assertThat(refused.get("ilanlarimList").isNull()).isTrue();
    }
}
