package dev.kopru.mikro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.client.SqlRow;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reports as real Mikro users write them (mikro.md §12.6), through the client against the sandbox's demo data: the
 * ledger, cash and bank, stock and cost agree with each other and with the documents, so the figures mean something.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MikroReportsTest {

    private Sandbox sandbox;
    private MikroClient client;

    @BeforeAll
    void start() {
        sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(7).demoSize(40).build()), 0);
        client = new MikroClient(MikroConfig.builder().baseUrl(sandbox.baseUri().toString()).apiKey("demo-api-key")
                .firmaKodu("DEMO").kullaniciKodu("SRV").password("admin123").build());
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    private BigDecimal one(String sql) {
        return client.sqlVeriOkuV2(sql).getFirst().decimal("v");
    }

    @Test
    void a_trial_balance_balances_and_its_sales_are_the_invoices_net() {
        List<SqlRow> mizan = client.sqlVeriOkuV2("SELECT LEFT(fis_hesap_kod, 3) AS hesap, h.muh_hesap_isim1 AS isim,"
                + " SUM(CASE WHEN fis_meblag0 > 0 THEN fis_meblag0 ELSE 0 END) AS borc,"
                + " SUM(CASE WHEN fis_meblag0 < 0 THEN -fis_meblag0 ELSE 0 END) AS alacak"
                + " FROM MUHASEBE_FISLERI f WITH (NOLOCK) JOIN MUHASEBE_HESAP_PLANI h ON h.muh_hesap_kod = LEFT(f.fis_hesap_kod, 3)"
                + " WHERE fis_iptal = 0 GROUP BY LEFT(fis_hesap_kod, 3), h.muh_hesap_isim1 ORDER BY hesap");

        BigDecimal debit = mizan.stream().map(r -> r.decimal("borc")).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credit = mizan.stream().map(r -> r.decimal("alacak")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(debit).isPositive().isEqualByComparingTo(credit);
        assertThat(mizan).extracting(r -> r.text("hesap")).contains("100", "102", "120", "153", "300", "391", "600", "621", "780");
        BigDecimal sales = mizan.stream().filter(r -> r.text("hesap").equals("600")).findFirst().orElseThrow()
                .decimal("alacak");
        assertThat(sales).isEqualByComparingTo(one("SELECT SUM(cha_aratoplam) AS v FROM CARI_HESAP_HAREKETLERI"
                + " WHERE cha_evrak_tip = 63 AND cha_iptal = 0"));
    }

    @Test
    void the_cash_position_is_the_receipts_into_each_cash_box_and_bank() {
        List<SqlRow> cash = client.sqlVeriOkuV2("SELECT k.kas_kod, k.kas_isim, ISNULL(SUM(c.cha_meblag), 0) AS bakiye"
                + " FROM KASALAR k LEFT JOIN CARI_HESAP_HAREKETLERI c ON c.cha_kasa_hizmet = 4"
                + " AND c.cha_kasa_hizkod = k.kas_kod AND c.cha_iptal = 0 GROUP BY k.kas_kod, k.kas_isim");
        List<SqlRow> banks = client.sqlVeriOkuV2("SELECT b.ban_kod, b.ban_ismi, ISNULL(SUM(c.cha_meblag), 0) AS bakiye"
                + " FROM BANKALAR b LEFT JOIN CARI_HESAP_HAREKETLERI c ON c.cha_kasa_hizmet = 2"
                + " AND c.cha_kasa_hizkod = b.ban_kod AND c.cha_iptal = 0 GROUP BY b.ban_kod, b.ban_ismi ORDER BY b.ban_kod");

        assertThat(cash).singleElement().satisfies(row -> assertThat(row.decimal("bakiye")).isPositive()
                .isEqualByComparingTo(one("SELECT SUM(fis_meblag0) AS v FROM MUHASEBE_FISLERI WHERE fis_hesap_kod = "
                        + "(SELECT kas_muh_kod FROM KASALAR WHERE kas_kod = 'NK')")));
        assertThat(banks).hasSize(2);
        assertThat(banks.getFirst().decimal("bakiye")).isPositive().isEqualByComparingTo(
                one("SELECT SUM(fis_meblag0) AS v FROM MUHASEBE_FISLERI WHERE fis_hesap_kod ="
                        + " (SELECT ban_muh_kod FROM BANKALAR WHERE ban_kod = 'BNK1')"));
    }

    @Test
    void a_bank_loan_is_owed_as_the_ledger_says_and_its_payments_left_the_lending_bank() {
        SqlRow loan = client.sqlVeriOkuV2("SELECT k.kst_kodu, k.kst_tutar, SUM(t.ktt_anapara) AS anapara,"
                + " SUM(CASE WHEN t.ktt_odendi_fl = 0 THEN t.ktt_anapara ELSE 0 END) AS kalan,"
                + " SUM(CASE WHEN t.ktt_odendi_fl = 1 THEN t.ktt_anapara + t.ktt_faiz ELSE 0 END) AS odenen"
                + " FROM KREDI_SOZLESMESI_TANIMLARI k JOIN KREDI_SOZLESMESI_TAKSIT_TANIMLARI t"
                + " ON t.ktt_sozlesme_kodu = k.kst_kodu GROUP BY k.kst_kodu, k.kst_tutar").getFirst();

        assertThat(loan.decimal("anapara")).isEqualByComparingTo(loan.decimal("kst_tutar"));
        assertThat(loan.decimal("kalan")).isPositive().isLessThan(loan.decimal("kst_tutar")).isEqualByComparingTo(
                one("SELECT -SUM(fis_meblag0) AS v FROM MUHASEBE_FISLERI WHERE fis_hesap_kod LIKE '300%'"));
        assertThat(loan.decimal("kst_tutar").subtract(loan.decimal("odenen"))).isEqualByComparingTo(
                one("SELECT SUM(fis_meblag0) AS v FROM MUHASEBE_FISLERI WHERE fis_hesap_kod ="
                        + " (SELECT b.ban_muh_kod FROM BANKALAR b JOIN KREDI_SOZLESMESI_TANIMLARI k"
                        + " ON k.kst_banka_kodu = b.ban_kod)"));
    }

    @Test
    void the_stock_at_cost_is_what_the_ledger_holds_and_the_depot_function_agrees_with_the_view() {
        BigDecimal atCost = one("SELECT SUM(CASE WHEN sth_tip = 0 THEN sth_maliyet_ana ELSE -sth_maliyet_ana END) AS v"
                + " FROM STOK_HAREKETLERI WHERE sth_iptal = 0");
        assertThat(atCost).isPositive().isEqualByComparingTo(
                one("SELECT SUM(fis_meblag0) AS v FROM MUHASEBE_FISLERI WHERE fis_hesap_kod LIKE '153%'"));

        SqlRow item = client.sqlVeriOkuV2("SELECT TOP 1 s.sto_kod, dbo.fn_DepodakiMiktar(s.sto_kod, 1, CURRENT_TIMESTAMP)"
                + " AS depoda, v.sth_eldeki_miktar AS eldeki FROM STOKLAR s JOIN dbo.STOK_HAREKETTEN_ELDEKI_MIKTAR_VIEW v"
                + " ON v.sth_stok_kod = s.sto_kod AND v.sth_depo_no = 1 ORDER BY s.sto_kod").getFirst();
        assertThat(item.decimal("depoda")).isPositive().isEqualByComparingTo(item.decimal("eldeki"));
    }

    @Test
    void every_table_carries_mikros_audit_columns_and_the_reference_tables_are_filled() {
        for (String prefix : List.of("cari", "cha", "sth", "sto", "fis", "ban", "kas", "odp", "fir", "som", "muh")) {
            String table = client.sqlVeriOkuV2("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE COLUMN_NAME = '"
                    + prefix + "_Guid' AND TABLE_SCHEMA = 'dbo'").getFirst().text("TABLE_NAME");
            SqlRow row = client.sqlVeriOkuV2("SELECT TOP 1 " + prefix + "_DBCno, " + prefix + "_iptal, " + prefix
                    + "_hidden, " + prefix + "_kilitli, " + prefix + "_degisti, " + prefix + "_checksum, " + prefix
                    + "_create_user, " + prefix + "_lastup_date, " + prefix + "_special1 FROM " + table).getFirst();
            assertThat(row.flag(prefix + "_iptal")).as(table).isFalse();
            assertThat(row.flag(prefix + "_kilitli")).as(table).isFalse();
        }
        assertThat(client.sqlVeriOkuV2("SELECT fir_unvan FROM FIRMALAR")).singleElement()
                .satisfies(row -> assertThat(row.text("fir_unvan")).isNotBlank());
        assertThat(client.sqlVeriOkuV2("SELECT odp_no, odp_adi, odp_ortgun FROM ODEME_PLANLARI")).hasSize(3);
    }
}
