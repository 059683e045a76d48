package dev.kopru.wiradius.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.testkit.golden.GoldenExchange;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.vendor.VendorDouble;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden exchange (connectors/wiradius/golden): the client sends exactly the fixture's request (path with the
 * api_code, the form fields with uniq_code) and reads the fixture's answer into the expected rows or failure.
 */
class GoldenExchangesTest {

    static final Path GOLDEN = Path.of("..", "golden");
    static final String API_CODE = "TEST-API-CODE";
    static final String UNIQ_CODE = "TEST-UNIQ-CODE";

    /** What each fixture's exchange is, from the client's side. */
    static final Map<String, Consumer<WiradiusClient>> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("G1-customer-list-creditors.json", client -> {
            List<Cari> rows = client.cariList(1, Bakiye.ALACAKLI);
            assertThat(rows).extracting(Cari::cari_id).containsExactly("17", "4");
            assertThat(rows.get(0).person()).isTrue();
            assertThat(rows.get(0).tc_no()).isEqualTo("10000000146");
            assertThat(rows.get(1).person()).isFalse();
            assertThat(rows.get(1).tax_office()).isEqualTo("Karşıyaka");
            assertThat(rows.get(1).balance()).isEqualByComparingTo("-90.00");
        });
        SCENARIOS.put("G2-customer-list-past-the-end.json",
                client -> assertThat(client.cariList(99, null)).isEmpty());
        SCENARIOS.put("G3-customer-movements.json", client -> {
            List<CariHareket> rows = client.cariTrans("1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 5, 1));
            assertThat(rows).extracting(CariHareket::trans_id).containsExactly("501", "502");
            assertThat(rows.get(0).invoice_id()).isEqualTo("1");
            assertThat(rows.get(1).credit()).isEqualByComparingTo("359.00");
        });
        SCENARIOS.put("G4-movements-window-too-long.json", client -> {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client.cariTrans("1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 1)));
            assertThat(refused).isNotNull();
            assertThat(refused.field()).contains("end_datetime");
            assertThat(refused.vendorMessage()).contains("Başlangıç ve bitiş tarihi arasında en fazla 6 ay olabilir");
            assertThat(refused.getMessage()).contains("cari_trans");
        });
        SCENARIOS.put("G5-invoice-list-one-customer.json", client -> {
            List<Fatura> rows = client.invoiceList(FaturaTipi.SELL, LocalDate.of(2023, 5, 1),
                    LocalDate.of(2023, 6, 1), "1", 1);
            assertThat(rows).singleElement().satisfies(f -> {
                assertThat(f.invoice_no()).isEqualTo("WRD2023000000001");
                assertThat(f.grand_total()).isEqualTo(new BigDecimal("359.00"));
                assertThat(f.ettn()).isEqualTo("5d1f0c1e-6a4b-4e38-9d47-3c3f2b7c9a10");
            });
        });
        SCENARIOS.put("G6-invoice-list-two-months.json", client -> {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client.invoiceList(FaturaTipi.SELL, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 7, 1),
                            null, 1));
            assertThat(refused.vendorMessage()).contains("Başlangıç ve bitiş tarihi arasında en fazla 1 ay olabilir");
        });
        SCENARIOS.put("G7-invoice-list-bad-type.json", client -> {
            ObjectNode body = GoldenJson.JSON.createObjectNode().put("begin_datetime", "2023-05-01")
                    .put("end_datetime", "2023-05-31").put("type", "all");
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client.raw(WiradiusOperation.INVOICE_LIST, body));
            assertThat(refused.field()).contains("type");
            assertThat(refused.vendorMessage()).contains("type buy veya sell olmalıdır");
        });
        SCENARIOS.put("G8-invoice-rows.json", client -> {
            List<FaturaSatiri> rows = client.invoiceRows("1");
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.description()).isEqualTo("Fiber 100 Mbps - Mayıs 2023");
                assertThat(r.tax_rate()).isEqualByComparingTo("20");
                assertThat(r.line_total()).isEqualByComparingTo("359.00");
            });
        });
        SCENARIOS.put("G9-wrong-uniq-code.json", client -> {
            ConnectorException.AuthRejected rejected = catchThrowableOfType(ConnectorException.AuthRejected.class,
                    () -> client.invoiceRows("1"));
            assertThat(rejected.vendorMessage()).contains("Geçersiz uniq_code");
            assertThat(rejected.getMessage()).doesNotContain("WRONG").doesNotContain(API_CODE);
        });
    }

    static List<String> fixtures() {
        return GoldenJson.files(GOLDEN);
    }

    static GoldenExchange load(String file) {
        return GoldenExchange.load(GOLDEN, file);
    }

    /** The fixture's uniq_code: G9 sends a wrong one. */
    static String uniqCode(GoldenExchange golden) {
        return golden.requestBody().path("uniq_code").asText(UNIQ_CODE);
    }

    static WiradiusClient client(String baseUrl, String uniqCode) {
        return client(baseUrl, uniqCode, true);
    }

    static WiradiusClient client(String baseUrl, String uniqCode, boolean multipart) {
        return new WiradiusClient(WiradiusConfig.builder().baseUrl(baseUrl).apiCode(API_CODE).uniqCode(uniqCode)
                .multipart(multipart).build());
    }

    @Test
    void every_fixture_has_a_scenario() {
        assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrderElementsOf(fixtures());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sends_the_fixtures_request_and_reads_its_answer(String file) throws Exception {
        GoldenExchange golden = load(file);
        for (boolean multipart : new boolean[] {true, false}) {
            try (VendorDouble vendor = VendorDouble.replying(golden.reply())) {
                SCENARIOS.get(file).accept(client(vendor.url(), uniqCode(golden), multipart));

                VendorDouble.Received request = vendor.only();
                assertThat(request.method()).isEqualTo(golden.method());
                assertThat(request.rawPath()).isEqualTo(golden.path());
                golden.assertRequestBody(GoldenJson.JSON.writeValueAsString(form(request.body())), Map.of());
            }
        }
    }

    /** A multipart or urlencoded body as a JSON object of its fields. */
    static ObjectNode form(String body) {
        ObjectNode fields = GoldenJson.JSON.createObjectNode();
        if (body.startsWith("--")) {
            String boundary = body.substring(0, body.indexOf("\r\n"));
            for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
                int name = part.indexOf("name=\"");
                if (name >= 0) {
                    int end = part.indexOf('"', name + 6);
                    int value = part.indexOf("\r\n\r\n") + 4;
                    fields.put(part.substring(name + 6, end), part.substring(value, part.length() - 2));
                }
            }
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
