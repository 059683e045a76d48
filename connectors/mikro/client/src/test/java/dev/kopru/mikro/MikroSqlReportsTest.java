package dev.kopru.mikro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
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
        // The sandbox renders every decimal as a float (what Mikro's amount columns are): shortest form (§12.4).
        assertThat(result.rows()).containsExactly(List.of("120.01.001", "Aliağa Denizcilik Ltd. Şti.",
                new BigDecimal("1.5")));
        assertThat(result.truncated()).isFalse();
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
