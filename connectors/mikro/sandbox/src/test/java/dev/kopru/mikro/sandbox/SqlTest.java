package dev.kopru.mikro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.kopru.testkit.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class SqlTest extends MikroSandboxTestBase {

    static final String SQL = "/Api/apiMethods/SqlVeriOkuV2";

    private String refusal(String query) {
        return mikro.error(SQL, mikro.body().put("SQLSorgu", query), 500);
    }

    @Test
    void runs_the_seeds_top_query_with_columns_named_as_written() {
        JsonNode rows = mikro.sql("SELECT TOP 10 cari_kod, cari_unvan1 FROM CARI_HESAPLAR");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fieldNames()).toIterable().containsExactly("cari_kod", "cari_unvan1");
    }

    @Test
    void keeps_aliases_as_written_and_runs_ctes_and_dbo_names() {
        assertThat(mikro.sql("SELECT 1 AS ok").get(0).get("ok").asInt()).isEqualTo(1);
        assertThat(mikro.sql("WITH c AS (SELECT cari_kod FROM dbo.CARI_HESAPLAR) SELECT COUNT(*) AS Adet FROM c")
                .get(0).get("Adet").asInt()).isEqualTo(2);
        assertThat(mikro.sql("select top 1 [sto_kod] AS [Kod] from STOKLAR with (nolock);").get(0).get("Kod").asText())
                .isEqualTo("BAR-001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE FROM CARI_HESAPLAR", "UPDATE STOKLAR SET sto_isim = 'x'",
            "SELECT 1; DELETE FROM CARI_HESAPLAR", "SELECT 1 -- comment\n; DROP TABLE STOKLAR",
            "DROP TABLE STOKLAR", "EXEC sp_who", "CREATE TABLE X (a INT)", "SELECT * INTO KOPYA FROM STOKLAR",
            "INSERT INTO DEPOLAR (dep_no) VALUES (9)", "CALL 1", "EXPLAIN SELECT 1", "/* SELECT */ DELETE FROM X"})
    void refuses_anything_but_one_select(String query) {
        assertThat(refusal(query)).isEqualTo("Sadece SELECT sorguları çalıştırılabilir");
        assertThat(mikro.sql("SELECT COUNT(*) AS n FROM CARI_HESAPLAR").get(0).get("n").asInt()).isEqualTo(2);
    }

    @Test
    void names_a_missing_query() {
        assertThat(mikro.error(SQL, mikro.body().put("SQLSorgu", "   "), 400))
                .isEqualTo("SQLSorgu parametresi gönderilmelidir !");
    }

    @Test
    void a_semicolon_inside_a_literal_is_just_text() {
        assertThat(mikro.sql("SELECT 'a;b' AS t").get(0).get("t").asText()).isEqualTo("a;b");
    }

    @Test
    void reports_a_failed_query_as_status_401_in_sql_servers_words_followed_by_a_dash() {
        assertThat(sqlError("SELECT * FROM FATURALAR")).isEqualTo("Invalid object name 'FATURALAR' - ");
        assertThat(sqlError("SELECT fat_no FROM CARI_HESAPLAR")).isEqualTo("Invalid column name 'fat_no' - ");
        assertThat(sqlError("SELECT FROM WHERE")).startsWith("Incorrect syntax").endsWith(" - ");
        assertThat(sqlError("SELECT YOKFONK(cari_kod) AS x FROM CARI_HESAPLAR"))
                .isEqualTo("'YOKFONK' is not a recognized built-in function name - ");
        assertThat(sqlError("SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_kod = 5"))
                .startsWith("Conversion failed when converting the nvarchar value ").endsWith("to data type int - ");
    }

    @Test
    void runs_outer_and_cross_apply_of_a_one_row_subquery() {
        String last = " APPLY (SELECT TOP 1 h.cha_evrakno_seri AS seri, h.cha_tarihi FROM CARI_HESAP_HAREKETLERI h"
                + " WHERE h.cha_kod = c.cari_kod ORDER BY h.cha_tarihi DESC) son";
        JsonNode outer = mikro.sql("SELECT c.cari_kod, son.seri, cha_tarihi FROM CARI_HESAPLAR c OUTER" + last
                + " ORDER BY c.cari_kod");
        JsonNode cross = mikro.sql("SELECT c.cari_kod, son.seri FROM CARI_HESAPLAR c CROSS" + last
                + " WHERE c.cari_kod LIKE '120%' OR son.seri = 'x'");
        JsonNode moved = mikro.sql("SELECT DISTINCT cha_kod AS cari_kod FROM CARI_HESAP_HAREKETLERI");
        assertThat(outer).hasSize(2);
        assertThat(cross).hasSize(moved.size());
        assertThat(cross.get(0).get("seri").asText()).isEqualTo("EFT");
        JsonNode totals = mikro.sql("SELECT c.cari_kod, t.toplam FROM CARI_HESAPLAR c CROSS APPLY (SELECT"
                + " ISNULL(SUM(cha_meblag), 0) AS toplam FROM CARI_HESAP_HAREKETLERI WHERE cha_kod = c.cari_kod) t");
        assertThat(totals).hasSize(2);
    }

    @Test
    void runs_top_followed_by_a_date_part_function_which_h2_would_read_as_one() {
        assertThat(mikro.sql("SELECT TOP 1 MONTH(cari_create_date) AS ay FROM CARI_HESAPLAR ORDER BY cari_kod")
                .get(0).get("ay").asInt()).isEqualTo(3);
    }

    @Test
    void aggregates_strings_with_stuff_and_for_xml_path_escaped_as_sql_server_unless_typed() {
        JsonNode row = mikro.sql("SELECT STUFF((SELECT ', ' + c.cari_kod FROM CARI_HESAPLAR c ORDER BY c.cari_kod DESC"
                + " FOR XML PATH('')), 1, 2, '') AS kodlar, (SELECT STRING_AGG(cari_kod, ', ') WITHIN GROUP"
                + " (ORDER BY cari_kod DESC) FROM CARI_HESAPLAR) AS beklenen").get(0);
        assertThat(row.get("kodlar").asText()).isEqualTo(row.get("beklenen").asText()).contains(", ");
        assertThat(mikro.sql("SELECT (SELECT 'a<b & c' FOR XML PATH('')) AS x").get(0).get("x").asText())
                .isEqualTo("a&lt;b &amp; c");
        assertThat(mikro.sql("SELECT STUFF((SELECT ';' + 'a<b' FOR XML PATH(''), TYPE).value('.', 'NVARCHAR(MAX)'),"
                + " 1, 1, '') AS x").get(0).get("x").asText()).isEqualTo("a<b");
    }

    @Test
    void runs_an_apply_of_several_rows_correlated_by_equalities_as_a_join() {
        String apply = " APPLY (SELECT h.cha_evrakno_seri AS seri, cha_meblag FROM CARI_HESAP_HAREKETLERI h"
                + " WHERE c.cari_kod = h.cha_kod AND h.cha_evrak_tip = 63) f";
        JsonNode cross = mikro.sql("SELECT c.cari_kod, f.seri, f.cha_meblag FROM CARI_HESAPLAR c CROSS" + apply);
        JsonNode outer = mikro.sql("SELECT c.cari_kod, f.seri FROM CARI_HESAPLAR c OUTER" + apply
                + " ORDER BY c.cari_kod");
        assertThat(cross).hasSize(1);
        assertThat(cross.get(0).get("seri").asText()).isEqualTo("EFT");
        assertThat(outer).hasSize(2);
        assertThat(outer.get(1).get("seri").isNull()).isTrue();
    }

    @Test
    void refuses_apply_shapes_it_cannot_run_in_sql_servers_words() {
        assertThat(sqlError("SELECT c.cari_kod, h.cha_tarihi FROM CARI_HESAPLAR c CROSS APPLY (SELECT cha_tarihi"
                + " FROM CARI_HESAP_HAREKETLERI WHERE cha_kod > c.cari_kod) h")).isEqualTo("Incorrect syntax near 'APPLY' - ");
        assertThat(sqlError("SELECT c.cari_kod, h.cha_tarihi FROM CARI_HESAPLAR c CROSS APPLY (SELECT TOP 1 WITH TIES"
                + " cha_tarihi FROM CARI_HESAP_HAREKETLERI WHERE cha_kod = c.cari_kod ORDER BY cha_tarihi) h"))
                .isEqualTo("Incorrect syntax near 'APPLY' - ");
        assertThat(sqlError("SELECT c.cari_kod, h.yok FROM CARI_HESAPLAR c OUTER APPLY (SELECT TOP 1 cha_tarihi"
                + " FROM CARI_HESAP_HAREKETLERI WHERE cha_kod = c.cari_kod) h")).isEqualTo("Invalid column name 'yok' - ");
    }

    @Test
    void renders_values_as_a_real_server_does() {
        JsonNode row = mikro.sql("SELECT cari_create_date, cari_doviz_cinsi2, cari_Guid, cari_vade_fark_yuz,"
                + " CAST(1 AS BIT) AS b, CAST(2.5 AS FLOAT) AS f FROM CARI_HESAPLAR WHERE cari_kod = '120.01.001'")
                .get(0);
        assertThat(row.get("cari_create_date").asText()).isEqualTo("2025-03-03 09:00:00");
        assertThat(row.get("cari_doviz_cinsi2").isTextual()).isTrue();
        assertThat(row.get("cari_Guid").asText()).matches("\\{[0-9A-F-]{36}}");
        assertThat(row.get("cari_vade_fark_yuz").toString()).isEqualTo("0");
        assertThat(row.get("b").booleanValue()).isTrue();
        assertThat(row.get("f").toString()).isEqualTo("2.5");
    }

    @Test
    void writes_what_sql_server_types_decimal_with_its_scale_and_floats_in_shortest_form() {
        String query = "SELECT 1.50 AS oran, CAST(cari_vade_fark_yuz AS decimal(18, 2)) AS yuzde,"
                + " CONVERT(money, 7) AS para, cari_vade_fark_yuz FROM CARI_HESAPLAR WHERE cari_kod = '120.01.001'";
        assertThat(sqlText(mikro, query)).contains("{\"oran\":1.50,\"yuzde\":0.00,\"para\":7.0000,"
                + "\"cari_vade_fark_yuz\":0}");
        try (Sandbox open = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples()
                .decimalsInShortestForm(true).build()), 0)) {
            assertThat(sqlText(new MikroHttp(open.baseUri(), MikroHttp.GOLDEN_DAY), query))
                    .contains("{\"oran\":1.5,\"yuzde\":0,\"para\":7,\"cari_vade_fark_yuz\":0}");
        }
    }

    /** The reply as written: a JSON reader would turn 1.50 into 1.5. */
    private static String sqlText(MikroHttp http, String query) {
        return http.post(SQL, http.body().put("SQLSorgu", query)).text();
    }

    @Test
    void answers_an_unknown_table_or_column_with_no_rows_where_a_mikro_version_does() {
        try (Sandbox open = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples()
                .sqlErrorsAsEmptyResult(true).build()), 0)) {
            MikroHttp lenient = new MikroHttp(open.baseUri(), MikroHttp.GOLDEN_DAY);
            assertThat(lenient.sql("SELECT fat_no FROM FATURALAR")).isEmpty();
            assertThat(lenient.error(SQL, lenient.body().put("SQLSorgu", "SELECT FROM WHERE"), 401))
                    .startsWith("Incorrect syntax");
        }
    }

    private String sqlError(String query) {
        return mikro.error(SQL, mikro.body().put("SQLSorgu", query), 401);
    }

    @Test
    void caller_sql_cannot_write_even_past_the_text_check() throws Exception {
        // The grant is the real guard: run a write on the caller connection directly.
        MikroDatabase db = new MikroDatabase();
        try {
            db.recreate();
            java.sql.SQLException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                    java.sql.SQLException.class, () -> db.readAsCaller(c -> c.createStatement()
                            .executeUpdate("DELETE FROM CARI_HESAPLAR")));
            assertThat((Object) refused).isNotNull();
            assertThat(SqlErrors.message(refused)).isEqualTo(SqlText.ONLY_SELECT);
        } finally {
            db.close();
        }
    }

    @Test
    void a_statement_that_runs_too_long_is_cancelled_with_sql_servers_timeout_message() throws Exception {
        MikroDatabase db = new MikroDatabase();
        try {
            db.recreate();
            java.sql.SQLException cancelled = org.assertj.core.api.Assertions.catchThrowableOfType(
                    java.sql.SQLException.class, () -> db.readAsCaller(c -> {
                        try (java.sql.Statement statement = c.createStatement();
                             Watchdog watchdog = Watchdog.cancelAfter(statement, 1)) {
                            return statement.executeQuery("SELECT MAX(a.X * b.X) FROM SYSTEM_RANGE(1, 1000000) a, "
                                    + "SYSTEM_RANGE(1, 1000000) b");
                        }
                    }));
            assertThat((Object) cancelled).isNotNull();
            assertThat(SqlErrors.message(cancelled)).startsWith("Execution Timeout Expired");
        } finally {
            db.close();
        }
    }

    @Test
    void cari_list_v2_takes_a_where_condition_and_a_field_list() {
        ObjectNode body = mikro.body().put("FieldName", "cari_kod, cari_unvan1")
                .put("WhereStr", "cari_baglanti_tipi=0 and cari_unvan1 like '%Liman%'").put("Size", "10").put("Index", 0);
        JsonNode rows = mikro.data("/Api/APIMethods/CariListesiV2", body).get("CariListesi");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("cari_kod").asText()).isEqualTo("120.01.002");
        assertThat(rows.get(0).fieldNames()).toIterable().containsExactly("cari_kod", "cari_unvan1");
    }

    @Test
    void cari_list_v2_refuses_a_where_string_that_is_more_than_a_condition() {
        for (String where : new String[] {"1=1; DELETE FROM CARI_HESAPLAR", "1=1) OR (1=1", "1=1 OR EXISTS "
                + "(SELECT 1) UNION SELECT * FROM STOKLAR WHERE (1=1", "cari_kod IN (DELETE FROM X)"}) {
            String message = mikro.error("/Api/APIMethods/CariListesiV2", mikro.body().put("WhereStr", where), 400);
            assertThat(message).as(where).startsWith("WhereStr alanı geçersiz");
        }
        assertThat(mikro.error("/Api/APIMethods/CariListesiV2", mikro.body().put("FieldName", "nope"), 400))
                .contains("FieldName");
    }

    @Test
    void change_log_pages_with_a_default_and_a_maximum_size() {
        ObjectNode body = mikro.body();
        ((ObjectNode) body.get("Mikro")).put("TableNo", "51").put("ChangeStartDate", "2025-01-01")
                .put("ChangeEndDate", "2025-12-31").put("Size", 5000);
        JsonNode answer = mikro.post("/API/APIMethods/KayitOkuV2", body).json();
        assertThat(answer.get("success").asBoolean()).isTrue();
        assertThat(answer.get("data")).hasSize(1);
        assertThat(answer.get("data").get(0).get("cha_evrakno_seri").asText()).isEqualTo("EFT");

        ((ObjectNode) body.get("Mikro")).put("TableNo", 999);
        JsonNode refused = mikro.post("/API/APIMethods/KayitOkuV2", body).json();
        assertThat(refused.get("success").asBoolean()).isFalse();
        assertThat(refused.get("message").asText()).contains("TableNo");
    }
}
