package dev.kopru.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.dia.sandbox.DiaSandboxOptions;
import dev.kopru.server.connections.ApiWorld;
import dev.kopru.server.demo.DemoConnections;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Vendor calls made through the API are metered per connection, as those of runs are. */
class ConnectorMetricsApiTest {

    @Test
    void api_reads_sql_reports_raw_calls_and_failures_are_counted_for_their_connection() {
        try (ApiWorld world = new ApiWorld()) {
            long id = world.create("metered", "mikro", world.mikroConfig(Map.of()));
            String connection = "/api/v1/connections/" + id;

            assertThat(world.get(connection + "/parties?limit=3").statusCode()).isEqualTo(200);
            assertThat(world.get(connection + "/parties?limit=3").statusCode()).isEqualTo(200);
            assertThat(world.get(connection + "/parties/no-such-card").statusCode()).isEqualTo(404);
            assertThat(world.post(connection + "/sql", "{\"sql\":\"SELECT TOP 1 cari_kod FROM CARI_HESAPLAR\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(world.post(connection + "/raw/SqlVeriOkuV2",
                    "{\"SQLSorgu\":\"SELECT TOP 1 cari_kod FROM CARI_HESAPLAR\"}").statusCode()).isEqualTo(200);
            assertThat(world.post(connection + "/sql", "{\"sql\":\"SELECT nothing FROM NO_SUCH_TABLE\"}").statusCode())
                    .isEqualTo(422);
            String metrics = world.server.get("/actuator/prometheus").body();

            assertThat(count(metrics, "kopru_connector_requests_seconds_count", id, "read", "ok")).isEqualTo(2);
            assertThat(count(metrics, "kopru_connector_requests_seconds_count", id, "sql", "ok")).isEqualTo(1);
            assertThat(count(metrics, "kopru_connector_requests_seconds_count", id, "raw", "ok")).isEqualTo(1);
            assertThat(count(metrics, "kopru_connector_requests_seconds_count", id, "get", "ok")).as("not found is an answer")
                    .isEqualTo(1);
            assertThat(metrics).containsPattern("kopru_connector_errors_total\\{connection=\"" + id
                    + "\",operation=\"sql\",outcome=\"Validation\",vendor=\"mikro\"} 1\\.0");
        }
    }

    @Test
    void every_call_dia_bills_is_counted_for_its_connection_and_the_test_reports_the_kontor_left() {
        DiaSandbox dia = new DiaSandbox(DiaSandboxOptions.builder().demoSeed(3).demoSize(5).build());
        try (ApiWorld world = new ApiWorld(); Sandbox sandbox = Sandbox.start(dia, 0)) {
            long id = world.create("kontor", "dia", DemoConnections.config("dia", sandbox.baseUri()).orElseThrow());
            String connection = "/api/v1/connections/" + id;

            assertThat(world.get(connection + "/parties?limit=3").statusCode()).isEqualTo(200);
            assertThat(world.get(connection + "/items?limit=3").statusCode()).isEqualTo(200);
            JsonNode test = ApiWorld.read(world.post(connection + "/test", ""));
            String metrics = world.server.get("/actuator/prometheus").body();

            assertThat(test.get("ok").asBoolean()).as(test.toString()).isTrue();
            assertThat(test.at("/credit/unit").asText()).isEqualTo("kontör");
            assertThat(new BigDecimal(test.at("/credit/balance").asText())).isEqualByComparingTo(dia.kontor());
            assertThat(test.at("/credit/billedCalls").asLong()).isEqualTo(dia.billedCalls()); // the balance query included
            String tags = "{connection=\"" + id + "\",unit=\"kontör\",vendor=\"dia\"} ";
            assertThat(value(metrics, "kopru_connector_billed_calls_total" + tags)).isEqualTo(dia.billedCalls());
            assertThat(BigDecimal.valueOf(value(metrics, "kopru_connector_credit_spent_total" + tags)))
                    .isEqualByComparingTo(new BigDecimal("0.0125").multiply(BigDecimal.valueOf(dia.billedCalls())));
            assertThat(BigDecimal.valueOf(value(metrics, "kopru_connector_credit_balance" + tags)))
                    .isEqualByComparingTo(dia.kontor());
            System.out.println("PROOF kontör metered: " + dia.billedCalls() + " calls billed by the DİA sandbox, "
                    + "kopru_connector_billed_calls_total " + (long) value(metrics, "kopru_connector_billed_calls_total"
                    + tags) + ", balance " + dia.kontor() + " on the test and the gauge");
        }
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile(Pattern.quote(series) + "([0-9.E-]+)").matcher(metrics);
        assertThat(m.find()).as(series + " in\n" + metrics.lines().filter(l -> l.startsWith("kopru_connector"))
                .toList()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static double count(String metrics, String series, long connection, String operation, String outcome) {
        Matcher m = Pattern.compile(Pattern.quote(series + "{connection=\"" + connection + "\",operation=\"" + operation
                + "\",outcome=\"" + outcome + "\",vendor=\"mikro\"} ") + "([0-9.]+)").matcher(metrics);
        assertThat(m.find()).as(series + " " + operation + " in\n" + metrics.lines()
                .filter(l -> l.startsWith("kopru_connector")).toList()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
