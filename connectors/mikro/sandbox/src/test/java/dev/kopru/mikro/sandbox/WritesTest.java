package dev.kopru.mikro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

/** Card writes and the movement documents, with Mikro's tolerance for loose JSON. */
class WritesTest extends MikroSandboxTestBase {

    static final String CARI_KAYDET = "/API/APIMethods/CariKaydetV2";

    private ObjectNode withMikro(String json) {
        try {
            ObjectNode body = mikro.body();
            JsonNode extra = TestHttp.JSON.readTree(json);
            ((ObjectNode) body.get("Mikro")).setAll((ObjectNode) extra);
            return body;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void saves_a_customer_given_as_one_object_with_addresses_and_contacts() {
        ObjectNode body = withMikro("""
                {"cariler": {"cari_kod": "120.05.001", "cari_unvan1": "Tek Nesne A.Ş.", "cari_vdaire_no": 1234567890,
                 "cari_doviz_cinsi1": "0", "cari_efatura_fl": "1",
                 "adres": {"adr_cadde": "Cumhuriyet Blv.", "adr_il": "İzmir", "adr_posta_kodu": 35220,
                           "yetkili": {"mye_isim": "Ali", "mye_soyisim": "Veli"}},
                 "yetkili": [{"mye_isim": "Ayşe"}]}}""");
        JsonNode saved = mikro.saved(CARI_KAYDET, body).get(0);
        assertThat(saved.get("cari_kod").asText()).isEqualTo("120.05.001");

        JsonNode row = mikro.sql("SELECT cari_vdaire_no, cari_efatura_fl, cari_Guid FROM CARI_HESAPLAR "
                + "WHERE cari_kod = '120.05.001'").get(0);
        assertThat(row.get("cari_vdaire_no").asText()).isEqualTo("1234567890");
        assertThat(row.get("cari_efatura_fl").asInt()).isEqualTo(1);
        assertThat(row.get("cari_Guid").asText())
                .isEqualTo("{" + saved.get("cari_Guid").asText().toUpperCase(java.util.Locale.ROOT) + "}");
        assertThat(mikro.sql("SELECT adr_adres_no, adr_posta_kodu FROM CARI_HESAP_ADRESLERI "
                + "WHERE adr_cari_kod = '120.05.001'").get(0).get("adr_posta_kodu").asText()).isEqualTo("35220");
        assertThat(mikro.sql("SELECT mye_isim FROM CARI_HESAP_YETKILILERI WHERE mye_cari_kod = '120.05.001' "
                + "ORDER BY mye_isim")).hasSize(2);
    }

    @Test
    void reads_mixed_case_and_padded_keys_as_the_columns_they_name() {
        ObjectNode body = withMikro("""
                {"Cariler": [{"CARI_KOD": "120.05.002", " cari_Unvan1 ": "Karışık Harf Ltd.", "Cari_EMail": "a@b.example"}]}""");
        mikro.data(CARI_KAYDET, body);
        JsonNode row = mikro.sql("SELECT cari_unvan1, cari_EMail FROM CARI_HESAPLAR WHERE cari_kod = '120.05.002'");
        assertThat(row.get(0).get("cari_unvan1").asText()).isEqualTo("Karışık Harf Ltd.");
        assertThat(row.get(0).get("cari_EMail").asText()).isEqualTo("a@b.example");
    }

    @Test
    void refuses_a_duplicate_code_a_missing_name_and_a_bad_number() {
        assertThat(mikro.error(CARI_KAYDET, withMikro("{\"cariler\":[{\"cari_kod\":\"120.01.001\",\"cari_unvan1\":\"x\"}]}"),
                400)).isEqualTo("Bu cari kodu zaten kayıtlı: 120.01.001");
        assertThat(mikro.error(CARI_KAYDET, withMikro("{\"cariler\":[{\"cari_kod\":\"120.05.003\"}]}"), 400))
                .isEqualTo("cari_unvan1 alanı zorunludur");
        assertThat(mikro.error(CARI_KAYDET, withMikro("""
                {"cariler":[{"cari_kod":"120.05.004","cari_unvan1":"x","cari_efatura_fl":"evet"}]}"""), 400))
                .startsWith("cari_efatura_fl alanı geçersiz");
        assertThat(mikro.error(CARI_KAYDET, withMikro("{}"), 400)).isEqualTo("cariler alanı zorunludur");
    }

    @Test
    void updates_a_customer_found_by_guid_or_by_code() {
        String guid = mikro.sql("SELECT cari_Guid FROM CARI_HESAPLAR WHERE cari_kod = '120.01.002'").get(0)
                .get("cari_Guid").asText();
        mikro.data("/API/APIMethods/CariGuncelleV2", withMikro(
                "{\"cariler\":[{\"cari_Guid\":\"" + guid + "\",\"cari_unvan2\":\"Şube\"}]}"));
        mikro.data("/API/APIMethods/CariGuncelleV2", withMikro(
                "{\"cariler\":{\"cari_kod\":\"120.01.002\",\"cari_EMail\":\"yeni@ege.example\"}}"));
        JsonNode row = mikro.sql("SELECT cari_unvan2, cari_EMail, cari_lastup_date FROM CARI_HESAPLAR "
                + "WHERE cari_kod = '120.01.002'").get(0);
        assertThat(row.get("cari_unvan2").asText()).isEqualTo("Şube");
        assertThat(row.get("cari_EMail").asText()).isEqualTo("yeni@ege.example");
        assertThat(row.get("cari_lastup_date").asText()).isEqualTo("2025-11-22 12:00:00");
        assertThat(mikro.error("/API/APIMethods/CariGuncelleV2", withMikro(
                "{\"cariler\":[{\"cari_kod\":\"120.99.999\",\"cari_unvan2\":\"x\"}]}"), 404))
                .isEqualTo("Cari bulunamadı: 120.99.999");
    }

    @Test
    void saves_an_item_with_barcodes_and_prices() {
        mikro.data("/API/APIMethods/StokKaydetV2", withMikro("""
                {"stoklar": {"sto_kod": "STK-T1", "sto_isim": "Test Ürünü", "sto_birim1_ad": "ADET",
                 "sto_perakende_vergi": "10", "sto_toptan_vergi": 10,
                 "barkodlar": {"bar_kodu": "8690000000019", "bar_barkodtipi": 0, "bar_master": true},
                 "satis_fiyatlari": [{"sfiyat_listesirano": 1, "sfiyat_fiyati": "12,50"}]}}"""));
        assertThat(mikro.sql("SELECT bar_stokkodu, bar_master FROM BARKOD_TANIMLARI WHERE bar_kodu = '8690000000019'")
                .get(0).get("bar_master").asInt()).isEqualTo(1);
        assertThat(mikro.sql("SELECT sfiyat_fiyati FROM STOK_SATIS_FIYAT_LISTELERI WHERE sfiyat_stokkod = 'STK-T1'")
                .get(0).get("sfiyat_fiyati").decimalValue()).isEqualByComparingTo("12.50");
        JsonNode list = mikro.data("/Api/APIMethods/StokListesiV2", mikro.body().put("StokKod", "STK-T")).get("StokListesi");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("sto_perakende_vergi").asInt()).isEqualTo(10);
    }

    @Test
    void saves_receipts_with_numbers_as_strings_and_both_date_formats() {
        String path = "/Api/apiMethods/TahsilatTediyeKaydetV3";
        ObjectNode first = withMikro("""
                {"evraklar": {"evrak_aciklamalari": [{"aciklama": "Kasım"}], "satirlar": [
                  {"cha_tarihi": "2025-11-20", "cha_tip": "1", "cha_evrak_tip": "1", "cha_evrakno_seri": "THS",
                   "cha_kod": "120.01.001", "cha_meblag": "60000", "cha_vade": "20251122", "cha_kasa_hizmet": "4"},
                  {"cha_tarihi": "2025-11-21T10:00:00+03:00", "cha_tip": 1, "cha_evrak_tip": 1,
                   "cha_evrakno_seri": "THS", "cha_kod": "120.01.002", "cha_meblag": 150.5}]}}""");
        JsonNode saved = mikro.saved(path, first).get(0);
        assertThat(saved.get("evrakno_sira").asInt()).isEqualTo(1);
        JsonNode rows = mikro.sql("SELECT cha_satir_no, cha_tarihi, cha_meblag, cha_vade FROM CARI_HESAP_HAREKETLERI "
                + "WHERE cha_evrakno_seri = 'THS' ORDER BY cha_satir_no");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("cha_tarihi").asText()).isEqualTo("2025-11-20 00:00:00");
        assertThat(rows.get(0).get("cha_vade").asInt()).isEqualTo(20251122);
        assertThat(rows.get(1).get("cha_tarihi").asText()).isEqualTo("2025-11-21 10:00:00");
        assertThat(rows.get(1).get("cha_meblag").decimalValue()).isEqualByComparingTo("150.50");
        assertThat(mikro.sql("SELECT egk_evracik1 FROM EVRAK_ACIKLAMALARI WHERE egk_evr_seri = 'THS'").get(0)
                .get("egk_evracik1").asText()).isEqualTo("Kasım");
        assertThat(mikro.saved(path, first).get(0).get("evrakno_sira").asInt()).isEqualTo(2);
        assertThat(mikro.error(path, withMikro("""
                {"evraklar": [{"satirlar": [{"cha_kod": "120.01.001", "cha_meblag": "0"}]}]}"""), 400))
                .contains("cha_meblag");
    }

    @Test
    void saves_orders_and_dispatch_notes_one_row_per_line() {
        JsonNode order = mikro.saved("/Api/apiMethods/SiparisKaydetV2", withMikro("""
                {"evraklar": [{"satirlar": [
                  {"sip_tarih": "22.11.2025", "sip_tip": 0, "sip_evrakno_seri": "SIP", "sip_musteri_kod": "120.01.001",
                   "sip_stok_kod": "BAR-001", "sip_miktar": "2", "sip_b_fiyat": "100.005", "sip_belgeno": "PO-1",
                   "user_tablo": [{"TransactionReferenceId ": "TX-9"}]},
                  {"sip_tip": 0, "sip_evrakno_seri": "SIP", "sip_musteri_kod": "120.01.001",
                   "sip_stok_kod": "BAR-001", "sip_miktar": 1, "sip_tutar": 50}]}]}""")).get(0);
        assertThat(order.get("evrakno_sira").asInt()).isEqualTo(1);
        JsonNode lines = mikro.sql("SELECT sip_satirno, sip_tutar, sip_vergi, sip_belgeno FROM SIPARISLER "
                + "WHERE sip_evrakno_seri = 'SIP' ORDER BY sip_satirno");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("sip_tutar").decimalValue()).isEqualByComparingTo("200.01");
        assertThat(lines.get(0).get("sip_vergi").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(mikro.sql("SELECT ut_alan, ut_deger FROM USER_TABLO WHERE ut_tablo = 'SIPARISLER'").get(0)
                .get("ut_alan").asText()).isEqualTo("TransactionReferenceId");

        JsonNode note = mikro.saved("/Api/apiMethods/IrsaliyeKaydetV2", withMikro("""
                {"evraklar": {"satirlar": {"sth_evrakno_seri": "IRS", "sth_stok_kod": "BAR-001",
                  "sth_cari_kodu": "120.01.002", "sth_miktar": "3", "sth_tip": 1}}}""")).get(0);
        assertThat(note.get("evrakno_sira").asInt()).isEqualTo(1);
        assertThat(mikro.error("/Api/apiMethods/SiparisKaydetV2", withMikro("""
                {"evraklar": [{"satirlar": [{"sip_musteri_kod": "120.01.001", "sip_stok_kod": "YOK",
                 "sip_miktar": 1, "sip_b_fiyat": 1}]}]}"""), 400)).isEqualTo("Stok kodu bulunamadı!");
    }

    @Test
    void the_demo_licence_knob_refuses_writes_beyond_a_hundred_records() {
        try (Sandbox limited = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples().demoSize(99)
                .demoLicenceLimit(true).build()), 0)) {
            MikroHttp http = new MikroHttp(limited.baseUri(), MikroHttp.GOLDEN_DAY);
            ObjectNode body = http.body();
            ((ObjectNode) body.get("Mikro")).putObject("cariler").put("cari_kod", "L-1")
                    .put("cari_unvan1", "Limit");
            assertThat(http.error(CARI_KAYDET, body, 400)).contains("100");
        }
    }
}
