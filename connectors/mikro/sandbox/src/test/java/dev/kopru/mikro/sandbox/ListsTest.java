package dev.kopru.mikro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists over generated demo data: 600 parties and items (seed 7) plus the golden set. */
class ListsTest extends MikroSandboxTestBase {

    static final String CARI = "/Api/APIMethods/CariListesiV3";
    static final String STOK = "/Api/APIMethods/StokListesiV2";

    @Override
    protected MikroSandboxOptions options() {
        return MikroSandboxOptions.goldenExamples().demoSeed(7).demoSize(600).build();
    }

    private List<String> allCodes(String path, String listKey, String codeField, int size) {
        List<String> codes = new ArrayList<>();
        for (int index = 0; ; index++) {
            ObjectNode body = mikro.body().put("Size", String.valueOf(size)).put("Index", index).put("Sort", codeField);
            JsonNode rows = mikro.data(path, body).get(listKey);
            rows.forEach(row -> codes.add(row.get(codeField).asText()));
            if (rows.size() < size) {
                return codes;
            }
        }
    }

    @Test
    void pages_through_every_customer_with_index_as_a_zero_based_page() {
        List<String> small = allCodes(CARI, "CariListesi", "cari_kod", 7);
        List<String> large = allCodes(CARI, "CariListesi", "cari_kod", 1000);
        assertThat(small).hasSize(602).doesNotHaveDuplicates().isSorted();
        assertThat(small).containsExactlyElementsOf(large);
    }

    @Test
    void pages_through_every_item() {
        assertThat(allCodes(STOK, "StokListesi", "sto_kod", 50)).hasSize(601).doesNotHaveDuplicates();
    }

    @Test
    void sorts_descending_with_a_minus_and_refuses_an_unknown_sort_column() {
        JsonNode rows = mikro.data(CARI, mikro.body().put("Sort", "-cari_kod").put("Size", "3")).get("CariListesi");
        assertThat(rows.get(0).get("cari_kod").asText()).isGreaterThan(rows.get(1).get("cari_kod").asText());
        assertThat(mikro.error(CARI, mikro.body().put("Sort", "-nope"), 400)).contains("Sort");
        assertThat(mikro.error(CARI, mikro.body().put("Size", "abc"), 400)).contains("Size");
    }

    @Test
    void filters_by_exact_code_not_prefix_and_by_tax_number() {
        assertThat(mikro.data(CARI, mikro.body().put("CariKod", "320.").put("Size", 1000)).get("CariListesi")).isEmpty();
        JsonNode one = mikro.data(CARI, mikro.body().put("CariKod", "120.01.002")).get("CariListesi");
        assertThat(one).singleElement().satisfies(row -> assertThat(row.get("cari_kod").asText()).isEqualTo("120.01.002"));

        JsonNode byVkn = mikro.data(CARI, mikro.body().put("CariVKNTCNo", "9876543210")).get("CariListesi");
        assertThat(byVkn).hasSize(1);
        assertThat(byVkn.get(0).get("cari_unvan1").asText()).isEqualTo("Aliağa Denizcilik Ltd. Şti.");
    }

    @Test
    void filters_by_change_date_window_and_sees_a_new_record() {
        ObjectNode window = mikro.body().put("TarihTipi", 2).put("IlkTarih", "2025-11-22").put("SonTarih", "2025-11-22")
                .put("Size", 1000);
        int before = mikro.data(CARI, window).get("CariListesi").size();

        ObjectNode create = mikro.body();
        ((ObjectNode) create.get("Mikro")).putObject("cariler").put("cari_kod", "120.09.001")
                .put("cari_unvan1", "Yeni Cari");
        mikro.data("/API/APIMethods/CariKaydetV2", create);

        JsonNode after = mikro.data(CARI, window).get("CariListesi");
        assertThat(after).hasSize(before + 1);
        assertThat(after.findValuesAsText("cari_kod")).contains("120.09.001");
        JsonNode byCreation = mikro.data(CARI, window.deepCopy().put("TarihTipi", 1)).get("CariListesi");
        assertThat(byCreation.findValuesAsText("cari_kod")).contains("120.09.001");
        assertThat(mikro.error(CARI, window.deepCopy().put("TarihTipi", 7), 400)).contains("TarihTipi");
    }

    @Test
    void change_log_answers_at_most_five_hundred_rows_and_a_hundred_by_default() {
        ObjectNode body = mikro.body();
        ObjectNode block = ((ObjectNode) body.get("Mikro")).put("TableNo", 31).put("ChangeStartDate", "2000-01-01")
                .put("ChangeEndDate", "2030-12-31");
        assertThat(mikro.post("/API/APIMethods/KayıtOkuV2", body).json().get("data")).hasSize(100);
        block.put("Size", 1000);
        assertThat(mikro.post("/API/APIMethods/KayıtOkuV2", body).json().get("data")).hasSize(500);
        block.put("Index", 1);
        assertThat(mikro.post("/API/APIMethods/KayıtOkuV2", body).json().get("data")).hasSize(102);
    }

    @Test
    void demo_data_has_valid_tax_numbers_barcodes_and_invoices() {
        JsonNode parties = mikro.sql("SELECT cari_vdaire_no FROM CARI_HESAPLAR WHERE cari_kod LIKE '120.01.0000%'");
        parties.forEach(row -> assertThat(row.get("cari_vdaire_no").asText()).matches("\\d{10}|\\d{11}"));
        JsonNode barcodes = mikro.sql("SELECT TOP 5 bar_kodu FROM BARKOD_TANIMLARI");
        barcodes.forEach(row -> assertThat(row.get("bar_kodu").asText()).matches("\\d{13}"));
        JsonNode invoices = mikro.sql("SELECT COUNT(*) AS n, SUM(cha_meblag) AS toplam FROM CARI_HESAP_HAREKETLERI "
                + "WHERE cha_evrakno_seri = 'DMO'");
        assertThat(invoices.get(0).get("n").asInt()).isEqualTo(600);
        JsonNode mismatched = mikro.sql("SELECT cha_Guid FROM CARI_HESAP_HAREKETLERI h WHERE cha_evrakno_seri = 'DMO' "
                + "AND cha_meblag <> (SELECT SUM(sth_tutar + sth_vergi) FROM STOK_HAREKETLERI WHERE sth_fat_uid = h.cha_Guid)");
        assertThat(mismatched).isEmpty();
    }

    @Test
    void lists_vat_rates_incoming_invoices_and_answers_taxpayer_queries_the_same_way_each_time() {
        JsonNode rates = mikro.data("/Api/APIMethods/VergiListesiV2", mikro.body()).get("VergiListesi");
        assertThat(rates.findValues("VergiOrani").stream().map(n -> n.decimalValue().intValueExact()))
                .containsExactly(0, 1, 8, 10, 18, 20);

        ObjectNode incoming = mikro.body();
        ((ObjectNode) incoming.get("Mikro")).put("IlkTarih", "2025-11-01").put("SonTarih", "2025-11-12")
                .put("Size", 10).put("Index", 0);
        JsonNode received = mikro.data("/Api/apiMethods/GelenFaturalarV2", incoming);
        assertThat(received.findValuesAsText("GIBFaturaNo")).containsExactly("GLD2025000000101", "GLD2025000000102");

        ObjectNode query = mikro.body();
        ((ObjectNode) query.get("Mikro")).putObject("EMukellef").put("VKN_TCKN", "9876543210");
        JsonNode known = mikro.data("/API/APIMethods/EMukellefSorgulamaV2", query);
        assertThat(known.get("EFaturaMukellefi").asBoolean()).isTrue();
        ((ObjectNode) query.at("/Mikro/EMukellef")).put("VKN_TCKN", "1111111112");
        JsonNode first = mikro.data("/API/APIMethods/EMukellefSorgulamaV2", query);
        assertThat(mikro.data("/API/APIMethods/EMukellefSorgulamaV2", query)).isEqualTo(first);
        ((ObjectNode) query.at("/Mikro/EMukellef")).put("VKN_TCKN", "12AB");
        assertThat(mikro.error("/API/APIMethods/EMukellefSorgulamaV2", query, 400)).contains("VKN_TCKN");
    }

    @Test
    void state_counts_rows_and_reset_restores_the_seed() {
        JsonNode state = sandbox.app().state();
        assertThat(state.get("tables").get("CARI_HESAPLAR").asInt()).isEqualTo(602);
        assertThat(state.get("demoSize").asInt()).isEqualTo(600);
        ObjectNode create = mikro.body();
        ((ObjectNode) create.get("Mikro")).putObject("cariler").put("cari_kod", "X-1").put("cari_unvan1", "X");
        mikro.data("/API/APIMethods/CariKaydetV2", create);
        assertThat(sandbox.app().state().get("tables").get("CARI_HESAPLAR").asInt()).isEqualTo(603);
        sandbox.app().reset();
        assertThat(sandbox.app().state().get("tables").get("CARI_HESAPLAR").asInt()).isEqualTo(602);
    }
}
