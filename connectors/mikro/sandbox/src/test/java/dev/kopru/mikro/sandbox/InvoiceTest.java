package dev.kopru.mikro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class InvoiceTest extends MikroSandboxTestBase {

    static final String FATURA = "/api/APIMethods/FaturaKaydetV2";

    /** A sales invoice in series {@code series} with one line per {@code stok:tutar:vergi} spec. */
    ObjectNode invoice(String series, String cari, String belgeNo, String... lines) {
        ObjectNode body = mikro.body();
        ObjectNode evrak = ((ObjectNode) body.get("Mikro")).putArray("evraklar").addObject();
        evrak.put("cha_tip", 0).put("cha_cinsi", 7).put("cha_normal_Iade", 0).put("cha_evrak_tip", 63)
                .put("cha_tarihi", "22.11.2025").put("cha_evrakno_seri", series).put("cha_kod", cari)
                .put("cha_belge_no", belgeNo).put("cha_aciklama", "test");
        ArrayNode detay = evrak.putArray("detay");
        for (String spec : lines) {
            String[] parts = spec.split(":");
            detay.addObject().put("sth_stok_kod", parts[0]).put("sth_miktar", 1).put("sth_tutar", parts[1])
                    .put("sth_vergi", parts[2]).put("sth_giris_depo_no", 1).put("sth_cikis_depo_no", 1);
        }
        return body;
    }

    @Test
    void numbers_invoices_per_type_and_series() {
        assertThat(mikro.saved(FATURA, invoice("ALP", "120.01.001", "B1", "BAR-001:100:20")).get(0)
                .get("evrakno_sira").asInt()).isEqualTo(1);
        assertThat(mikro.saved(FATURA, invoice("ALP", "120.01.002", "B2", "BAR-001:100:20")).get(0)
                .get("evrakno_sira").asInt()).isEqualTo(2);
        assertThat(mikro.saved(FATURA, invoice("XYZ", "120.01.002", "B3", "BAR-001:100:20")).get(0)
                .get("evrakno_sira").asInt()).isEqualTo(1);
        // the golden set already holds EFT-1
        assertThat(mikro.saved(FATURA, invoice("EFT", "120.01.001", "B4", "BAR-001:100:20")).get(0)
                .get("evrakno_sira").asInt()).isEqualTo(2);
    }

    @Test
    void writes_one_cari_movement_per_document_with_the_total_of_its_lines() {
        JsonNode saved = mikro.saved(FATURA, invoice("ALP", "120.01.001", "KOPRU-INV-7",
                "BAR-001:50000:10000", "BAR-001:1234.56:246.91")).get(0);

        JsonNode header = mikro.sql("SELECT cha_meblag, cha_aratoplam, cha_vergi6, cha_belge_no, cha_evrakno_sira, "
                + "cha_tarihi FROM CARI_HESAP_HAREKETLERI WHERE cha_belge_no = 'KOPRU-INV-7'");
        assertThat(header).hasSize(1);
        assertThat(header.get(0).get("cha_meblag").decimalValue()).isEqualByComparingTo("61481.47");
        assertThat(header.get(0).get("cha_aratoplam").decimalValue()).isEqualByComparingTo("51234.56");
        assertThat(header.get(0).get("cha_vergi6").decimalValue()).isEqualByComparingTo("10246.91");
        assertThat(header.get(0).get("cha_tarihi").asText()).isEqualTo("2025-11-22 00:00:00");

        JsonNode lines = mikro.sql("SELECT sth_satirno, sth_tutar, sth_vergi, sth_vergi_pntr, sth_evrakno_seri, "
                + "sth_evrakno_sira, sth_belge_no, sth_cari_kodu FROM STOK_HAREKETLERI WHERE sth_fat_uid = '"
                + saved.get("cariHarGuid").asText() + "' ORDER BY sth_satirno");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).get("sth_tutar").decimalValue()).isEqualByComparingTo("1234.56");
        assertThat(lines.get(1).get("sth_vergi_pntr").asInt()).isEqualTo(6);
        assertThat(lines.get(1).get("sth_evrakno_seri").asText()).isEqualTo("ALP");
        assertThat(lines.get(1).get("sth_belge_no").asText()).isEqualTo("KOPRU-INV-7");
        assertThat(lines.get(1).get("sth_cari_kodu").asText()).isEqualTo("120.01.001");
    }

    @Test
    void computes_line_vat_from_the_item_card_when_the_request_leaves_it_out() {
        ObjectNode body = invoice("ALP", "120.01.001", "NOVAT", "BAR-001:100.05:0");
        ((ObjectNode) body.at("/Mikro/evraklar/0/detay/0")).remove("sth_vergi");
        mikro.data(FATURA, body);
        JsonNode header = mikro.sql("SELECT cha_meblag FROM CARI_HESAP_HAREKETLERI WHERE cha_belge_no = 'NOVAT'");
        assertThat(header.get(0).get("cha_meblag").decimalValue()).isEqualByComparingTo("120.06");
    }

    @Test
    void a_document_with_one_bad_line_writes_nothing() {
        long movements = count("CARI_HESAP_HAREKETLERI");
        long stockMovements = count("STOK_HAREKETLERI");
        String message = mikro.error(FATURA, invoice("ALP", "120.01.001", "HALF", "BAR-001:10:2", "NOPE-9:10:2"), 400);
        assertThat(message).isEqualTo("Stok kodu bulunamadı!");
        assertThat(count("CARI_HESAP_HAREKETLERI")).isEqualTo(movements);
        assertThat(count("STOK_HAREKETLERI")).isEqualTo(stockMovements);
    }

    @Test
    void a_request_with_one_bad_document_writes_none_of_its_documents() {
        ObjectNode body = invoice("ALP", "120.01.001", "FIRST", "BAR-001:10:2");
        ArrayNode evraklar = (ArrayNode) body.at("/Mikro/evraklar");
        evraklar.add(invoice("ALP", "120.01.404", "SECOND", "BAR-001:10:2").at("/Mikro/evraklar/0"));
        assertThat(mikro.error(FATURA, body, 400)).isEqualTo("Cari bulunamadı: 120.01.404");
        assertThat(mikro.sql("SELECT * FROM CARI_HESAP_HAREKETLERI WHERE cha_belge_no = 'FIRST'")).isEmpty();
    }

    @Test
    void names_a_missing_field_in_turkish() {
        ObjectNode body = invoice("ALP", "120.01.001", "X", "BAR-001:10:2");
        ((ObjectNode) body.at("/Mikro/evraklar/0")).remove("cha_kod");
        assertThat(mikro.error(FATURA, body, 400)).isEqualTo("cha_kod alanı zorunludur");
        ObjectNode noLines = invoice("ALP", "120.01.001", "Y");
        assertThat(mikro.error(FATURA, noLines, 400)).isEqualTo("detay alanı zorunludur");
        ObjectNode noAmount = invoice("ALP", "120.01.001", "Z", "BAR-001:10:2");
        ((ObjectNode) noAmount.at("/Mikro/evraklar/0/detay/0")).remove("sth_tutar");
        assertThat(mikro.error(FATURA, noAmount, 400)).isEqualTo("sth_tutar alanı zorunludur");
    }

    @Test
    void v3_accepts_lines_and_a_header_without_lines() {
        assertThat(mikro.saved("/api/APIMethods/FaturaKaydetV3", invoice("V3", "120.01.001", "V3A", "BAR-001:10:2")).get(0).get("evrakno_sira").asInt()).isEqualTo(1);
        ObjectNode service = invoice("V3", "120.01.001", "V3B");
        ((ObjectNode) service.at("/Mikro/evraklar/0")).put("cha_aratoplam", "1000").put("cha_vergipntr", 4);
        mikro.data("/api/APIMethods/FaturaKaydetV3", service);
        JsonNode header = mikro.sql("SELECT cha_meblag FROM CARI_HESAP_HAREKETLERI WHERE cha_belge_no = 'V3B'");
        assertThat(header.get(0).get("cha_meblag").decimalValue()).isEqualByComparingTo("1100");
    }

    @Test
    void alim_satim_takes_an_explicit_number_and_refuses_a_taken_one() {
        String path = "/Api/apiMethods/AlimSatimEvragiKaydetV2";
        ObjectNode explicit = invoice("MYT", "120.01.001", "E39", "BAR-001:10:2");
        ((ObjectNode) explicit.at("/Mikro/evraklar/0")).put("cha_evrakno_sira", "39");
        assertThat(mikro.saved(path, explicit).get(0).get("evrakno_sira").asInt()).isEqualTo(39);
        assertThat(mikro.error(path, explicit, 400)).contains("MYT-39");
        assertThat(mikro.saved(path, invoice("MYT", "120.01.001", "E40", "BAR-001:10:2")).get(0)
                .get("evrakno_sira").asInt()).isEqualTo(40);
    }

    @Test
    void deletes_a_document_with_its_lines_and_refuses_an_unknown_one() {
        mikro.data(FATURA, invoice("DEL", "120.01.001", "GONE", "BAR-001:10:2", "BAR-001:20:4"));
        ObjectNode delete = mikro.body();
        ((ObjectNode) delete.get("Mikro")).putObject("evraklar").put("cha_evrak_tip", 63)
                .put("cha_evrakno_seri", "DEL").put("cha_evrakno_sira", 1);
        mikro.data("/Api/apiMethods/AlimSatimEvragiSilV2", delete);
        assertThat(mikro.sql("SELECT * FROM CARI_HESAP_HAREKETLERI WHERE cha_belge_no = 'GONE'")).isEmpty();
        assertThat(mikro.sql("SELECT * FROM STOK_HAREKETLERI WHERE sth_belge_no = 'GONE'")).isEmpty();
        assertThat(mikro.error("/Api/apiMethods/AlimSatimEvragiSilV2", delete, 404)).contains("DEL-1");
    }

    @Test
    void sends_an_invoice_as_an_e_document_whose_status_can_be_queried_and_which_can_no_longer_be_deleted() {
        mikro.data(FATURA, invoice("EAR", "120.01.002", "E-1", "BAR-001:10:2"));
        ObjectNode send = mikro.body();
        ((ObjectNode) send.get("Mikro")).putArray("evraklar").addObject().put("cha_evrakno_seri", "EAR")
                .put("cha_evrakno_sira", 1).put("IslemTipi", 1);
        JsonNode sent = mikro.saved("/Api/apiMethods/FaturaToEFaturaV2", send).get(0);
        assertThat(sent.get("EBelgeTipi").asInt()).as("120.01.002 is no e-invoice taxpayer: e-Arşiv").isEqualTo(1);

        ObjectNode status = mikro.body();
        ((ObjectNode) status.get("Mikro")).putObject("EBelge").put("EFaturaTipi", 0).put("EBelgeTipi", 1)
                .put("UUID", sent.get("UUID").asText());
        JsonNode answer = mikro.post("/API/APIMethods/EBelgeDurumSorgulamaV2", status).json();
        assertThat(answer.get("status").asText()).isEqualTo("success");
        assertThat(answer.get("data").get("DurumKodu").asInt()).isEqualTo(1300);

        assertThat(mikro.error("/Api/apiMethods/FaturaToEFaturaV2", send, 400)).contains("zaten");
        ObjectNode delete = mikro.body();
        ((ObjectNode) delete.get("Mikro")).putObject("evraklar").put("cha_evrakno_seri", "EAR")
                .put("cha_evrakno_sira", 1);
        assertThat(mikro.error("/Api/apiMethods/AlimSatimEvragiSilV2", delete, 400)).contains("silinemez");
    }

    @Test
    void answers_an_unknown_e_document_in_its_own_error_shape() {
        ObjectNode status = mikro.body();
        ((ObjectNode) status.get("Mikro")).putObject("EBelge").put("EFaturaTipi", 0).put("EBelgeTipi", 0)
                .put("UUID", "00000000-0000-0000-0000-000000000001");
        JsonNode answer = mikro.post("/API/APIMethods/EBelgeDurumSorgulamaV2", status).json();
        assertThat(answer.get("status").asText()).isEqualTo("error");
        assertThat(answer.get("message").asText()).contains("bulunamadı");
    }

    @Test
    void renders_the_invoice_as_a_pdf() {
        String guid = mikro.saved(FATURA, invoice("PDF", "120.01.001", "P-1", "BAR-001:10:2")).get(0)
                .get("cariHarGuid").asText();
        ObjectNode body = mikro.body();
        ((ObjectNode) body.get("Mikro")).put("Fatura_Guid", guid);
        byte[] pdf = Base64.getDecoder().decode(mikro.data("/API/APIMethods/FaturaPdfV2", body).asText());
        String text = new String(pdf, java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(text).startsWith("%PDF-1.4").contains("FATURA PDF-1").endsWith("%%EOF\n");

        ((ObjectNode) body.get("Mikro")).put("Fatura_Guid", "00000000-0000-0000-0000-000000000002");
        assertThat(mikro.error("/API/APIMethods/FaturaPdfV2", body, 404)).startsWith("Fatura bulunamadı");
    }

    @Test
    void the_seeds_balance_query_sums_debits_minus_credits() {
        JsonNode before = mikro.sql("SELECT cha_kod, SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE -cha_meblag END)"
                + " as bakiye FROM CARI_HESAP_HAREKETLERI WHERE cha_kod = '120.01.001' GROUP BY cha_kod");
        assertThat(before.get(0).get("bakiye").decimalValue()).isEqualByComparingTo(new BigDecimal("1200"));
    }

    private long count(String table) {
        return mikro.sql("SELECT COUNT(*) AS n FROM " + table).get(0).get("n").asLong();
    }
}
