package dev.kopru.wiradius.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.core.tax.TaxIds;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference's rules on the generated ISP: credentials, paths, windows, pages, empty data and the knobs. */
class ServicesTest {

    private static final String CODE = "/demo-api-code";
    private static WiradiusSandbox app;
    private static Sandbox sandbox;
    private static WiradiusHttp http;

    @BeforeAll
    static void start() {
        app = new WiradiusSandbox(WiradiusSandboxOptions.builder().subscribers(2_500).build());
        sandbox = Sandbox.start(app, 0);
        http = new WiradiusHttp(sandbox.baseUri());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void defaults() {
        app.settings(WiradiusSandboxOptions.Settings.defaults());
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("uniq_code", "demo-uniq-code");
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static JsonNode post(String service, Map<String, String> fields) {
        TestHttp.Response response = http.post("/invoice/" + service + CODE, fields);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static void assertRefused(JsonNode answer, String message) {
        assertThat(answer.path("status").asText()).isEqualTo("danger");
        assertThat(answer.path("data").asText()).isEqualTo(message);
    }

    @Test
    void lists_customers_in_pages_of_1000_until_an_empty_page() {
        assertThat(post("cari_list", form("page", "1")).path("data")).hasSize(1000);
        assertThat(post("cari_list", form("page", "3")).path("data")).hasSize(500);
        JsonNode past = post("cari_list", form("page", "4"));
        assertThat(past.path("status").asText()).isEqualTo("success");
        assertThat(past.path("data").isArray() && past.path("data").isEmpty()).isTrue();
        assertThat(post("cari_list", form()).path("data").get(0)).isEqualTo(post("cari_list", form("page", "1"))
                .path("data").get(0));
    }

    @Test
    void customers_carry_a_valid_tckn_or_vkn_and_cari_tipi_1_for_persons() {
        Set<String> ids = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            for (JsonNode row : post("cari_list", form("page", Integer.toString(page))).path("data")) {
                ids.add(row.path("cari_id").asText());
                if (row.has("tc_no")) {
                    assertThat(TaxIds.isValid(row.path("tc_no").asText())).isTrue();
                    assertThat(row.path("cari_tipi").asText()).isEqualTo("1");
                } else {
                    assertThat(TaxIds.isValid(row.path("tax_no").asText())).as(row.toString()).isTrue();
                    assertThat(row.path("tax_office").asText()).isNotBlank();
                    assertThat(row.path("cari_tipi").asText()).isNotEqualTo("1");
                }
            }
        }
        assertThat(ids).hasSize(2_500);
    }

    @Test
    void filters_debtors_and_creditors_largest_first() {
        List<BigDecimal> debts = new ArrayList<>();
        post("cari_list", form("will_borrow", "1")).path("data")
                .forEach(row -> debts.add(new BigDecimal(row.path("balance").asText())));
        assertThat(debts).isNotEmpty().allMatch(b -> b.signum() > 0);
        assertThat(debts).isSortedAccordingTo((a, b) -> b.compareTo(a));
        post("cari_list", form("will_borrow", "2")).path("data")
                .forEach(row -> assertThat(new BigDecimal(row.path("balance").asText())).isNegative());
        assertRefused(post("cari_list", form("will_borrow", "4")), "will_borrow 1, 2 veya 3 olmalıdır");
    }

    @Test
    void movements_accept_exactly_six_months_and_refuse_a_day_more() {
        JsonNode six = post("cari_trans", form("cari_id", "1", "begin_datetime", "2025-01-01",
                "end_datetime", "2025-07-01"));
        assertThat(six.path("status").asText()).isEqualTo("success");
        assertThat(six.path("data")).isNotEmpty();
        assertRefused(post("cari_trans", form("cari_id", "1", "begin_datetime", "2025-01-01",
                "end_datetime", "2025-07-02")), "Başlangıç ve bitiş tarihi arasında en fazla 6 ay olabilir");
        assertRefused(post("cari_trans", form("begin_datetime", "2025-01-01", "end_datetime", "2025-02-01")),
                "cari_id zorunludur");
        assertRefused(post("cari_trans", form("cari_id", "1", "end_datetime", "2025-02-01")),
                "begin_datetime zorunludur");
        assertRefused(post("cari_trans", form("cari_id", "1", "begin_datetime", "2025-01-01")),
                "end_datetime zorunludur");
        assertRefused(post("cari_trans", form("cari_id", "1", "begin_datetime", "01.01.2025",
                "end_datetime", "2025-02-01")), "Tarih formatı hatalı (Y-m-d)");
    }

    @Test
    void trims_every_value_as_the_vendors_own_example_needs() {
        JsonNode answer = post("cari_trans", Map.of("uniq_code", " demo-uniq-code ", "cari_id", " 1",
                "begin_datetime", " 2025-01-01", "end_datetime", "2025-06-30 "));
        assertThat(answer.path("status").asText()).isEqualTo("success");
    }

    @Test
    void invoices_allow_one_month_or_six_with_a_customer() {
        JsonNode month = post("list", form("type", "sell", "begin_datetime", "2025-05-01", "end_datetime",
                "2025-06-01", "page", "1"));
        assertThat(month.path("status").asText()).isEqualTo("success");
        assertThat(month.path("data")).isNotEmpty();
        assertRefused(post("list", form("type", "sell", "begin_datetime", "2025-05-01", "end_datetime",
                "2025-06-02")), "Başlangıç ve bitiş tarihi arasında en fazla 1 ay olabilir");
        JsonNode six = post("list", form("type", "sell", "cari_id", "1", "begin_datetime", "2025-01-01",
                "end_datetime", "2025-07-01"));
        assertThat(six.path("data")).hasSize(6);
        assertRefused(post("list", form("type", "buy", "cari_id", "1", "begin_datetime", "2025-01-01",
                "end_datetime", "2025-07-02")), "Başlangıç ve bitiş tarihi arasında en fazla 6 ay olabilir");
        assertRefused(post("list", form("begin_datetime", "2025-05-01", "end_datetime", "2025-05-31")),
                "type buy veya sell olmalıdır");
    }

    @Test
    void invoice_lines_carry_kdv_on_net_plus_oiv_and_add_up_to_the_invoice() {
        JsonNode invoice = post("list", form("type", "sell", "begin_datetime", "2025-05-01", "end_datetime",
                "2025-05-31")).path("data").get(0);
        JsonNode rows = post("rows", form("invoice_id", invoice.path("invoice_id").asText())).path("data");
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal oiv = BigDecimal.ZERO;
        BigDecimal kdv = BigDecimal.ZERO;
        for (JsonNode row : rows) {
            BigDecimal lineNet = new BigDecimal(row.path("unit_price").asText())
                    .multiply(new BigDecimal(row.path("quantity").asText()));
            BigDecimal lineOiv = new BigDecimal(row.path("oiv_amount").asText());
            BigDecimal lineKdv = new BigDecimal(row.path("tax_amount").asText());
            assertThat(lineOiv).isEqualByComparingTo(lineNet.multiply(new BigDecimal("0.10"))
                    .setScale(2, java.math.RoundingMode.HALF_UP));
            assertThat(lineKdv).isEqualByComparingTo(lineNet.add(lineOiv).multiply(new BigDecimal("0.20"))
                    .setScale(2, java.math.RoundingMode.HALF_UP));
            net = net.add(lineNet);
            oiv = oiv.add(lineOiv);
            kdv = kdv.add(lineKdv);
        }
        assertThat(new BigDecimal(invoice.path("total").asText())).isEqualByComparingTo(net);
        assertThat(new BigDecimal(invoice.path("oiv_total").asText())).isEqualByComparingTo(oiv);
        assertThat(new BigDecimal(invoice.path("tax_total").asText())).isEqualByComparingTo(kdv);
        assertThat(new BigDecimal(invoice.path("grand_total").asText())).isEqualByComparingTo(net.add(oiv).add(kdv));
        JsonNode unknown = post("rows", form("invoice_id", "99999999"));
        assertThat(unknown.path("status").asText()).isEqualTo("warning");
        assertThat(unknown.path("data").asText()).isEqualTo("Fatura bulunamadı");
    }

    @Test
    void refuses_credentials_and_paths_as_the_reference_says() {
        TestHttp.Response wrongApi = http.post("/invoice/cari_list/other-code", form());
        assertThat(wrongApi.status()).isEqualTo(200);
        assertRefused(wrongApi.json(), "Geçersiz api_code");
        assertRefused(post("cari_list", Map.of("uniq_code", "nope")), "Geçersiz uniq_code");
        assertRefused(post("cari_list", Map.of()), "Geçersiz uniq_code");
        assertThat(http.post("/invoice/cari_list", form()).status()).isEqualTo(404);
        assertThat(http.post("/invoice/cari_list/", form()).status()).isEqualTo(404);
        assertThat(http.post("/invoice/CARI_LIST" + CODE, form()).status()).isEqualTo(404);
        assertThat(http.post("/Invoice/cari_list" + CODE, form()).status()).isEqualTo(404);
        assertThat(http.get("/invoice/cari_list" + CODE).status()).isEqualTo(405);
    }

    @Test
    void accepts_urlencoded_bodies_as_well_as_multipart() {
        TestHttp.Response response = http.post("/invoice/cari_list" + CODE, form("page", "2"),
                WiradiusHttp.Encoding.URLENCODED);
        assertThat(response.json().path("data")).hasSize(1000);
    }

    @Test
    void the_ip_allow_list_refuses_other_addresses_with_403() {
        app.settings(new WiradiusSandboxOptions.Settings(Set.of("10.0.0.1"), WiradiusSandboxOptions.EmptyData.ARRAY,
                "danger", true));
        TestHttp.Response refused = http.post("/invoice/cari_list" + CODE, form());
        assertThat(refused.status()).isEqualTo(403);
        assertRefused(refused.json(), "IP adresi yetkili değil");
        app.settings(new WiradiusSandboxOptions.Settings(Set.of("127.0.0.1"), WiradiusSandboxOptions.EmptyData.ARRAY,
                "danger", true));
        assertThat(http.post("/invoice/cari_list" + CODE, form()).status()).isEqualTo(200);
    }

    @Test
    void empty_data_and_the_validation_status_follow_their_knobs() {
        for (WiradiusSandboxOptions.EmptyData form : WiradiusSandboxOptions.EmptyData.values()) {
            app.settings(new WiradiusSandboxOptions.Settings(Set.of(), form, "warning", true));
            JsonNode answer = post("cari_list", form("page", "99"));
            assertThat(answer.path("status").asText()).isEqualTo("success");
            assertThat(answer.has("data")).isEqualTo(form != WiradiusSandboxOptions.EmptyData.MISSING);
            assertThat(post("list", form("type", "x")).path("status").asText()).isEqualTo("warning");
        }
        TestHttp.Response settings = new TestHttp().send("PUT", sandbox.baseUri().resolve(
                "/_sandbox/wiradius/settings"), "{\"emptyData\":\"NULL\",\"validationStatus\":\"danger\"}");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(post("cari_list", form("page", "99")).get("data").isNull()).isTrue();
        assertThat(new TestHttp().send("POST", sandbox.baseUri().resolve("/_sandbox/reset"), null).status())
                .isEqualTo(200);
        assertThat(app.settings()).isEqualTo(WiradiusSandboxOptions.Settings.defaults());
    }

    @Test
    void the_same_seed_gives_the_same_data() {
        try (Sandbox again = Sandbox.start(new WiradiusSandbox(WiradiusSandboxOptions.builder().subscribers(2_500)
                .build()), 0)) {
            TestHttp.Response other = new WiradiusHttp(again.baseUri()).post("/invoice/list" + CODE,
                    form("type", "sell", "begin_datetime", "2025-03-01", "end_datetime", "2025-03-31"));
            assertThat(other.json()).isEqualTo(post("list", form("type", "sell", "begin_datetime", "2025-03-01",
                    "end_datetime", "2025-03-31")));
        }
    }

    @Test
    void the_provider_starts_the_demo_operator_on_8096() {
        var provider = dev.kopru.testkit.sandbox.SandboxProvider.forVendor("wiradius").orElseThrow();
        assertThat(provider.defaultPort()).isEqualTo(8096);
        assertThat(((WiradiusSandbox) provider.create(7, 5)).options().apiCode()).isEqualTo("demo-api-code");
    }
}
