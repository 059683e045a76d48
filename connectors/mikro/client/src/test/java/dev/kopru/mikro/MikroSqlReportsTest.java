package dev.kopru.mikro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.connector.SqlReports;
import dev.kopru.core.connector.SqlResult;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SQL reports through SqlVeriOkuV2 against the sandbox: columns in order, bounded rows, SELECT only. */
class MikroSqlReportsTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private static Sandbox sandbox;
    private static MikroConnector connector;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().goldenSet(true).demoSize(20).build()), 0);
        connector = new MikroConnector(MikroConfig.builder().baseUrl(sandbox.baseUri().toString())
                .apiKey("demo-api-key").firmaKodu("DEMO")
                .calismaYili(Integer.toString(LocalDate.now(MikroSandboxOptions.ISTANBUL).getYear()))
                .kullaniciKodu("SRV").password("admin123").build(), DocumentSettings.defaults());
    }

    @AfterAll
    static void stop() {
        connector.close();
        sandbox.close();
    }

    @Test
    void returns_the_columns_in_query_order_and_the_values_typed() {
        SqlResult result = connector.query("SELECT cari_kod, cari_unvan1, 1.50 AS oran FROM CARI_HESAPLAR"
                + " WHERE cari_kod = '120.01.001'", 10, TEN_SECONDS);

        assertThat(result.columns()).containsExactly("cari_kod", "cari_unvan1", "oran");
        // A decimal literal is a SQL Server decimal: it keeps its scale (Mikro's float amounts do not, §12.4).
        assertThat(result.rows()).containsExactly(List.of("120.01.001", "Aliağa Denizcilik Ltd. Şti.",
                new BigDecimal("1.50")));
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void runs_a_report_in_each_working_year_the_connection_names() {
        int year = LocalDate.now(MikroSandboxOptions.ISTANBUL).getYear();
        try (Sandbox years = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().year(year - 1).year(year)
                .demoSize(5).build()), 0)) {
            ConnectorFactory factory = ConnectorFactory.forVendor("mikro").orElseThrow();
            Map<String, String> fields = Map.of("baseUrl", years.baseUri().toString(), "apiKey", "demo-api-key",
                    "firmaKodu", "DEMO", "kullaniciKodu", "SRV", "password", "admin123",
                    "reportYears", (year - 1) + ", " + year);
            try (Connector connector = factory.open(ConnectionConfig.of(factory.descriptor(), fields))) {
                SqlResult result = ((SqlReports) connector).query("SELECT COUNT(*) AS kartlar FROM CARI_HESAPLAR",
                        10, TEN_SECONDS);

                assertThat(result.columns()).containsExactly("CalismaYili", "kartlar");
                assertThat(result.rows()).extracting(row -> row.get(0)).containsExactly(
                        BigDecimal.valueOf(year - 1), BigDecimal.valueOf(year));
                assertThat(result.rows()).allSatisfy(row -> assertThat((BigDecimal) row.get(1)).isPositive());
            }
            Map<String, String> wrong = new java.util.HashMap<>(fields);
            wrong.put("reportYears", "2025;2026");
            assertThatThrownBy(() -> factory.open(ConnectionConfig.of(factory.descriptor(), wrong)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("reportYears");
        }
    }

    @Test
    void stops_at_max_rows_and_says_so() {
        SqlResult result = connector.query("SELECT cari_kod FROM CARI_HESAPLAR ORDER BY cari_kod", 5, TEN_SECONDS);

        assertThat(result.rows()).hasSize(5);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void refuses_a_write_before_sending_it_naming_the_field() {
        for (String write : List.of("DELETE FROM CARI_HESAPLAR", "SELECT 1 AS ok -- note\rDELETE FROM CARI_HESAPLAR",
                "SELECT 1 /* /* */ ' */ DELETE FROM CARI_HESAPLAR --'")) {
            assertThatThrownBy(() -> connector.query(write, 10, TEN_SECONDS))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("sql: ");
        }
        assertThat(connector.query("SELECT COUNT(*) AS n FROM CARI_HESAPLAR", 1, TEN_SECONDS).rows().get(0).get(0))
                .isNotEqualTo(BigDecimal.ZERO);
    }

    @Test
    void carries_mikros_own_message_for_an_unknown_table() {
        var refused = catchThrowableOfType(ConnectorException.class,
                () -> connector.query("SELECT * FROM NO_SUCH_TABLE", 10, TEN_SECONDS));

        assertThat(refused.vendorMessage()).hasValueSatisfying(m -> assertThat(m).contains("Invalid object name"));
    }
}
