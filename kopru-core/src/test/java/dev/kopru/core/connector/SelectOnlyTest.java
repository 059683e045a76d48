package dev.kopru.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelectOnlyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT TOP 10 cari_kod, cari_unvan1 FROM CARI_HESAPLAR",
            "select cha_kod, SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE -cha_meblag END) as bakiye"
                    + " FROM CARI_HESAP_HAREKETLERI WHERE cha_kod = '120.01.001' GROUP BY cha_kod",
            "WITH t AS (SELECT 1 AS x) SELECT x FROM t",
            "SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_unvan1 = 'DROP; DELETE it''s fine' -- update later",
            "SELECT [update] FROM T /* insert */",
            "  SELECT 1 ;  "})
    void passes_read_only_queries(String sql) {
        assertThat(SelectOnly.require(sql)).doesNotEndWith(";").startsWithIgnoringCase(sql.strip().substring(0, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DELETE FROM CARI_HESAPLAR",
            "UPDATE CARI_HESAPLAR SET cari_unvan1 = 'x'",
            "SELECT 1; DROP TABLE CARI_HESAPLAR",
            "SELECT * INTO COPY_TABLE FROM CARI_HESAPLAR",
            "WITH t AS (SELECT 1 AS x) DELETE FROM t",
            "SELECT 1 WAITFOR DELAY '00:01:00'",
            "SELECT * FROM OPENROWSET('SQLNCLI', 'x', 'y')",
            "SELECT 1 /* not closed",
            "SELECT 'not closed",
            "EXEC xp_cmdshell 'dir'",
            "SELECT sp_who FROM x"})
    void refuses_anything_else_naming_sql(String sql) {
        assertThatThrownBy(() -> SelectOnly.require(sql)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sql: ");
    }

    @Test
    void bounds_are_checked_naming_the_field() {
        assertThatThrownBy(() -> SqlReports.checkBounds(0, Duration.ofSeconds(1))).hasMessageStartingWith("maxRows: ");
        assertThatThrownBy(() -> SqlReports.checkBounds(10_001, Duration.ofSeconds(1))).hasMessageStartingWith("maxRows: ");
        assertThatThrownBy(() -> SqlReports.checkBounds(1, Duration.ofMinutes(5))).hasMessageStartingWith("timeout: ");
    }
}
