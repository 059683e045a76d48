package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.RequestJournal;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * What real clients send and how the paths behave (farmaborsa.md §1, §6.1-6.4): the public C# client's shapes,
 * numbers as strings, {@code ""} for ints, any case of names and paths; and what the vendor refuses.
 */
class ToleranceTest extends FarmaBorsaSandboxTestBase {

    /** AdminFarmaBorsaController.AddFarmaBorsaProduct's body: no ilan, no aktif, op 0.0, miad "" or a date. */
    private static ObjectNode csharpCreate() {
        return FarmaBorsaHttp.seller().put("urunAd", "DAYLONG ACTINICA GUNES").put("adet", 7).put("maxAdet", 1)
                .put("op", 0.0).put("tutar", 81.25).put("borsadaGoster", false).put("miad", "2026-06-30T00:00:00")
                .put("miadTip", 1).put("barkod", "7612076396470").put("resimUrl", "");
    }

    @Test
    void takes_the_public_csharp_clients_listing_without_ilan_and_aktif_as_a_published_listing() {
        JsonNode saved = farma.ok("IlanKaydet", csharpCreate());

        assertThat(saved.get("ilan").asLong()).isEqualTo(84381);
        JsonNode all = farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller().put("pasif", 0).put("ilan", 0)
                .put("tumIlanlarGelsin", true)).get("ilanlarimList");
        assertThat(all).extracting(row -> row.get("kod").asLong()).containsExactly(84380L, 84381L);
        assertThat(farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller()).get("ilanlarimList")).hasSize(2);
    }

    @Test
    void takes_the_csharp_quick_edit_and_delete_which_send_kod_as_text() {
        ObjectNode edit = FarmaBorsaHttp.seller().put("kod", "84380").put("urunAd", "DAYLONG ACTINICA GUNES")
                .put("adet", 40).put("maxAdet", 5).put("op", 0.0).put("tutar", 70).put("borsadaGoster", true)
                .put("miad", "1-2027").put("miadTip", 1).put("barkod", "7612076396470").put("resimUrl", "")
                .put("urunErp", "7612076396470");
        farma.ok("IlanHizliDuzenle", edit);

        JsonNode row = farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller()).get("ilanlarimList").get(0);
        assertThat(row.get("adet").asInt()).isEqualTo(40);
        assertThat(row.get("miad").asText()).as("the list's own month form round-trips").isEqualTo("1-2027");
        assertThat(row.get("tutarAd").asText()).isEqualTo("70.00 TL");

        farma.ok("UrunSil", FarmaBorsaHttp.seller().put("kod", 84380));
        assertThat(farma.ok("IlanlarimListesi", FarmaBorsaHttp.seller()).get("ilanlarimList")).isEmpty();
        assertThat(farma.refusal("UrunSil", FarmaBorsaHttp.seller().put("kod", 84380))).isEqualTo("İlan bulunamadı");
    }

    @Test
    void reads_numbers_and_booleans_sent_as_strings_and_empty_strings_as_absent() {
        ObjectNode strings = FarmaBorsaHttp.seller().put("ilan", "").put("urunAd", "DAYLONG ACTINICA GUNES")
                .put("barkod", "7612076396470").put("adet", "5").put("maxAdet", "").put("miad", "2026-01-31")
                .put("miadTip", "1").put("tutar", "89,50").put("aktif", "1").put("borsadaGoster", "true")
                .put("kdv", "10");

        assertThat(farma.ok("IlanKaydet", strings).get("ilan").asLong()).isEqualTo(84381);
        assertThat(farma.ok("SiparisListesi", FarmaBorsaHttp.seller().put("satisDurum", "1").put("sayfa", "")
                .put("satisKod", "")).get("siparisList")).hasSize(3);
    }

    @Test
    void matches_field_names_ignoring_case_and_ignores_unknown_fields() {
        ObjectNode shouting = TestHttp.JSON.createObjectNode().put("NICK", "DemoEczane").put("Parola", "demo123")
                .put("ApiKey", "DEMO-KEY").put("Pasif", 0).put("gelecekAlan", "ignored");

        assertThat(farma.ok("IlanlarimListesi", shouting).get("ilanlarimList")).hasSize(1);
    }

    @Test
    void matches_paths_ignoring_case_and_serves_the_invoice_under_both_documented_paths() {
        assertThat(farma.post("/API/entegre/ilanlarimlistesi", FarmaBorsaHttp.seller()).json().get("hata")
                .asBoolean()).isFalse();
        assertThat(farma.post("/api/Entegre/SatisDurumBazindaSatisListesi", FarmaBorsaHttp.seller()).status())
                .isEqualTo(200);
        ObjectNode invoice = FarmaBorsaHttp.seller().put("satisKod", 550012).put("dosyaUrl", "https://e.example/f.pdf");
        assertThat(farma.post("/Entegre/SatFaturaKaydet", invoice).json().get("hata").asBoolean()).isFalse();
        assertThat(farma.post("/api/Entegre/SatFaturaKaydet", invoice).json().get("hata").asBoolean()).isFalse();
    }

    @Test
    void answers_unknown_paths_404_other_methods_405_and_broken_bodies_400() {
        assertThat(farma.post("/api/Entegre/Bilinmeyen", FarmaBorsaHttp.seller()).status()).isEqualTo(404);
        assertThat(farma.post("/Entegre/IlanKaydet", FarmaBorsaHttp.seller()).status()).isEqualTo(404);
        TestHttp.Response get = farma.send("GET", "/api/Entegre/IlanlarimListesi", null);
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        TestHttp.Response broken = farma.send("POST", "/api/Entegre/IlanlarimListesi", "{\"nick\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("mesaj").asText()).isEqualTo("İstek gövdesi geçerli bir JSON nesnesi olmalıdır");
        assertThat(broken.json().get("ilanlarimList").isNull()).isTrue();
    }

    @Test
    void answers_wrong_credentials_with_the_operations_zero_fields() {
        ObjectNode wrong = FarmaBorsaHttp.credentials("demoeczane", "demo123", "OTHER-KEY");
        JsonNode save = farma.refused("IlanKaydet", wrong.deepCopy().put("ilan", 0));
        assertThat(save.get("mesaj").asText()).isEqualTo("Kullanıcı adı, parola veya apiKey hatalı");
        assertThat(save.get("ilan").asInt()).isZero();
        assertThat(save.get("urun").asInt()).isZero();
        assertThat(farma.refused("KargoLinkiOlusturma", wrong).get("link").isNull()).isTrue();
        assertThat(farma.refused("SiparisListesi", wrong).get("siparisList").isNull()).isTrue();
        assertThat(farma.refusal("SiparisListesi", FarmaBorsaHttp.credentials("demoeczane", " demo123", "DEMO-KEY")))
                .as("the password is compared exactly").isEqualTo("Kullanıcı adı, parola veya apiKey hatalı");
        assertThat(farma.refusal("SiparisListesi", TestHttp.JSON.createObjectNode()))
                .isEqualTo("Kullanıcı adı, parola veya apiKey hatalı");
    }

    @Test
    void masks_parola_and_api_key_in_the_journal_but_keeps_the_nick() {
        farma.post("/api/Entegre/IlanlarimListesi", FarmaBorsaHttp.seller());

        RequestJournal.Entry entry = sandbox.journal().entries().getLast();
        assertThat(entry.path()).isEqualTo("/api/Entegre/IlanlarimListesi");
        assertThat(entry.body()).contains("\"nick\":\"demoeczane\"").contains("\"parola\":\"****\"")
                .contains("\"apiKey\":\"****\"").doesNotContain("demo123").doesNotContain("DEMO-KEY");
    }

    @Test
    void a_write_whose_answer_is_lost_is_made_all_the_same_and_reads_are_not_writes() {
        sandbox.faults().loseNextWrites(1);
        assertThat(farma.post("/api/Entegre/IlanlarimListesi", FarmaBorsaHttp.seller()).status()).isEqualTo(200);

        assertThatThrownBy(() -> farma.post("/api/Entegre/SiparisOnayIptalIslem",
                FarmaBorsaHttp.seller().put("satisKod", 550012).put("iptal", false)))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(farma.sellerOrders(FarmaBorsaHttp.seller(), 2)).extracting(o -> o.get("satisKod").asLong())
                .containsExactly(550012L);
        assertThat(sandbox.journal().entries()).anySatisfy(e -> assertThat(e.fault()).isEqualTo("lost-response"));
    }
}
