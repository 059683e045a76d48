package dev.kopru.connector.kit.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlySqlTest {

    @Test
    void returns_the_query_as_it_is_sent_without_surrounding_blanks_and_trailing_semicolons() {
        assertThat(ReadOnlySql.query("sql", "  SELECT 1 ;; \n")).isEqualTo("SELECT 1");
        assertThat(ReadOnlySql.query("sql", "SELECT 'x;' AS a")).isEqualTo("SELECT 'x;' AS a");
    }

    @Test
    void refuses_a_missing_query_naming_the_field() {
        assertThatThrownBy(() -> ReadOnlySql.query("SQLSorgu", "  ")).isInstanceOf(InvalidInputException.class)
                .hasMessage("SQLSorgu: required: one SELECT statement");
        assertThatThrownBy(() -> ReadOnlySql.query("sql", null)).hasMessageStartingWith("sql: required");
    }

    @Test
    void says_in_plain_words_why_a_query_is_refused() {
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT * INTO x FROM CARI_HESAPLAR"))
                .hasMessage("sql: 'INTO' at position 10 is not allowed: SELECT … INTO writes a table; a report only"
                        + " reads");
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT 1 -- note\rDELETE FROM CARI_HESAPLAR"))
                .hasMessageContaining("'DELETE' at position 18 is not allowed: starts another statement");
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT * FROM T WITH (UPDLOCK)"))
                .hasMessageContaining("'UPDLOCK'").hasMessageContaining("only NOLOCK or READUNCOMMITTED");
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT * FROM [OPENROWSET]('a', 'b', 'c')"))
                .hasMessageContaining("'OPENROWSET'").hasMessageContaining("reads outside the database");
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT * FROM srv.db.dbo.T"))
                .hasMessage("sql: the table srv.db.dbo.T is on another server; a report reads this database only");
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT NEXT VALUE FOR s"))
                .hasMessageContaining("advances a sequence");
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT 1 /* /* */ still a comment"))
                .hasMessageContaining("SQL Server nests /* */ comments");
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT 1; SELECT 2"))
                .hasMessageContaining("one statement only");
    }

    @Test
    void says_where_the_parser_stopped_when_it_cannot_read_the_query() {
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT a\nFROM T\nWHERE a = 1 b"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("sql: could not be read as one SELECT statement (stopped at line 3, column 13, at 'b');"
                        + " only a single read-only SELECT is allowed");
    }

    @Test
    void refuses_a_query_longer_than_the_limit() {
        String sql = "SELECT 1 AS a" + " ".repeat(ReadOnlySql.MAX_LENGTH) + ", 2 AS b";
        assertThatThrownBy(() -> ReadOnlySql.query("sql", sql)).hasMessageStartingWith("sql: at most 50000");
    }

    @Test
    void refuses_parentheses_nested_deeper_than_a_report_needs_before_parsing() {
        String deep = "(".repeat(ReadOnlySql.MAX_NESTING + 1) + "1" + ")".repeat(ReadOnlySql.MAX_NESTING + 1);
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT " + deep)).hasMessageContaining("nest deeper");
        assertThatThrownBy(() -> ReadOnlySql.condition("WhereStr", deep + " = 1")).hasMessageContaining("nest deeper");
        String deepest = "(".repeat(ReadOnlySql.MAX_NESTING) + "1" + ")".repeat(ReadOnlySql.MAX_NESTING);
        assertThat(ReadOnlySql.condition("WhereStr", deepest + " = 1")).startsWith("((");
    }

    @Test
    void refuses_an_expression_too_long_for_the_parser_to_read_rather_than_failing() {
        String cases = "CASE WHEN a = 1 THEN ".repeat(2_000) + "1" + " END".repeat(2_000);
        String sum = "a" + " + a".repeat(9_000);
        assertThatThrownBy(() -> ReadOnlySql.condition("WhereStr", cases + " = 1"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("WhereStr: ");
        assertThatThrownBy(() -> ReadOnlySql.query("sql", "SELECT " + sum + " FROM T"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("sql: ");
    }

    @Test
    void reads_a_long_report_in_one_pass() {
        String keys = String.join(", ", java.util.Collections.nCopies(3_400, "'120.01.001'"));
        assertThat(ReadOnlySql.query("sql", "SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_kod IN (" + keys + ")"))
                .hasSizeGreaterThan(47_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cari_baglanti_tipi=0 and cari_unvan1 like '%x%'",
            "cari_kod IN (SELECT cha_kod FROM CARI_HESAP_HAREKETLERI WITH (NOLOCK) WHERE cha_meblag > 0)",
            "(cari_kod LIKE N'120%' OR cari_kod LIKE N'320%') AND cari_iptal = 0",
            "cari_unvan1 = 'O''Brien; DROP TABLE x --'",
            "cari_create_date >= DATEADD(day, -30, GETDATE())"})
    void passes_a_where_condition(String where) {
        assertThat(ReadOnlySql.condition("WhereStr", " " + where + " ")).isEqualTo(where);
    }

    @Test
    void a_blank_condition_is_no_condition() {
        assertThat(ReadOnlySql.condition("WhereStr", null)).isEmpty();
        assertThat(ReadOnlySql.condition("WhereStr", "  ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1=1; DROP TABLE CARI_HESAPLAR",
            "1=1 DELETE FROM CARI_HESAPLAR",
            "1=1 --",
            "1=1 /* */",
            "1=1) OR (1=1",
            "1=1) UNION SELECT name FROM sys.sql_logins --",
            "1=1 UNION SELECT 1",
            "1=1 ORDER BY cari_kod",
            "1=1 GROUP BY cari_kod",
            "(1=1",
            "EXISTS (SELECT 1 FROM CARI_HESAPLAR WITH (UPDLOCK))",
            "cari_kod IN (SELECT k FROM srv.db.dbo.t)",
            "cari_kod IN (SELECT * FROM OPENROWSET(BULK 'c:\\x', SINGLE_CLOB) x)",
            "1=1 WAITFOR DELAY '00:10:00'",
            "cari_kod = 'x' ; --"})
    void refuses_a_where_condition_that_escapes_its_clause_naming_the_field(String where) {
        assertThatThrownBy(() -> ReadOnlySql.condition("WhereStr", where)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("WhereStr: ");
    }

    @Test
    void caps_the_rows_inside_a_single_select_where_a_top_keeps_its_meaning() {
        assertThat(ReadOnlySql.withRowCap("SELECT cari_kod FROM CARI_HESAPLAR ORDER BY cari_kod", 11))
                .isEqualTo("SELECT TOP (11) cari_kod FROM CARI_HESAPLAR ORDER BY cari_kod");
        assertThat(ReadOnlySql.withRowCap("WITH t AS (SELECT TOP 5 x FROM T) select x FROM t WHERE x IN (SELECT 1)", 3))
                .isEqualTo("WITH t AS (SELECT TOP 5 x FROM T) select TOP (3) x FROM t WHERE x IN (SELECT 1)");
        assertThat(ReadOnlySql.withRowCap("SELECT /* note */ 'FOR' AS [TOP] FROM T", 3))
                .isEqualTo("SELECT TOP (3) /* note */ 'FOR' AS [TOP] FROM T");
        assertThat(ReadOnlySql.withRowCap("SELECT-1 AS x", 3)).isEqualTo("SELECT TOP (3)-1 AS x");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT TOP 10 a FROM T",
            "SELECT DISTINCT a FROM T",
            "SELECT a FROM T ORDER BY a OFFSET 5 ROWS",
            "SELECT a FROM T FOR XML PATH('')",
            "SELECT a FROM T UNION ALL SELECT b FROM U",
            "(SELECT a FROM T)"})
    void leaves_a_query_whose_meaning_a_top_would_change(String sql) {
        assertThat(ReadOnlySql.withRowCap(sql, 3)).isEqualTo(sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cari_kod", "-cari_kod", "cari_kod, cari_unvan1,cari_Guid", "cari_kod,-cari_unvan1", ""})
    void passes_column_names(String columns) {
        assertThat(ReadOnlySql.columns("Sort", " " + columns + " ")).isEqualTo(columns);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cari_kod; DROP TABLE x", "cari_kod --", "cari_kod DESC", "1", "cari_kod FROM CARI_HESAPLAR",
            "(SELECT 1)", "[cari kod]", "*", "cari_kod,", "cari_kod\rDELETE"})
    void refuses_anything_but_column_names_naming_the_field(String columns) {
        assertThatThrownBy(() -> ReadOnlySql.columns("FieldName", columns)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("FieldName: only column names");
    }

    @Test
    void sql_fields_check_their_value_as_a_query_a_condition_or_columns() {
        assertThat(SqlField.query("SQLSorgu").require("SELECT 1;")).isEqualTo("SELECT 1");
        assertThat(SqlField.condition("WhereStr").require("a = 1")).isEqualTo("a = 1");
        assertThat(SqlField.columns("Sort").require("-cari_kod")).isEqualTo("-cari_kod");
        assertThatThrownBy(() -> SqlField.condition("WhereStr").require("SELECT 1"))
                .hasMessageStartingWith("WhereStr: ");
        assertThatThrownBy(() -> SqlField.query("SQLSorgu").require("a = 1")).hasMessageStartingWith("SQLSorgu: ");
    }
}
