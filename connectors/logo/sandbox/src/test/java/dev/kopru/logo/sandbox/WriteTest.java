package dev.kopru.logo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class WriteTest extends LogoSandboxTestBase {

    @Test
    void renders_decimal_fields_with_a_fraction_and_keeps_ints() throws Exception {
        TestHttp.Response answer = logo.call("POST", "/api/v1/salesOrders", TestHttp.JSON.readTree("""
                {"INTERNAL_REFERENCE":0,"ARP_CODE":"CARI.01","TIME":102581337,"TRANSACTIONS":{"items":[
                 {"TYPE":0,"MASTER_CODE":"MALZEME.02","QUANTITY":5,"PRICE":10,"VAT_RATE":18,"EDT_CURR":1}]}}"""));

        assertThat(answer.text()).contains("\"QUANTITY\":5.0", "\"PRICE\":10.0", "\"EDT_CURR\":1",
                "\"TIME\":102581337", "\"INTERNAL_REFERENCE\":null");
        assertThat(answer.json().has("Meta")).isFalse();
    }

    @Test
    void refuses_a_second_card_with_the_same_code() throws Exception {
        TestHttp.Response answer = logo.call("POST", "/api/v1/Arps", TestHttp.JSON.readTree("""
                {"CODE":"cari.01","TITLE":"Kopya"}"""));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("ModelState").get("CODE").get(0).asText()).contains("cari.01");
    }

    @Test
    void refuses_an_unknown_item_on_a_line_and_a_purchase_type_on_a_sales_invoice() throws Exception {
        TestHttp.Response item = logo.call("POST", "/api/v1/salesInvoices", TestHttp.JSON.readTree("""
                {"TYPE":8,"ARP_CODE":"CARI.01","TRANSACTIONS":{"items":[{"TYPE":0,"MASTER_CODE":"YOK.1"}]}}"""));
        TestHttp.Response type = logo.call("POST", "/api/v1/salesInvoices", TestHttp.JSON.readTree("""
                {"TYPE":1,"ARP_CODE":"CARI.01"}"""));

        assertThat(item.json().get("ModelState").get("MASTER_CODE").get(0).asText())
                .isEqualTo("Malzeme kodu bulunamadı: YOK.1");
        assertThat(type.json().get("ModelState").has("TYPE")).isTrue();
    }

    @Test
    void refuses_a_service_line_without_its_service_card_and_a_cash_slip_without_its_kasa() throws Exception {
        TestHttp.Response service = logo.call("POST", "/api/v1/salesInvoices", TestHttp.JSON.readTree("""
                {"TYPE":8,"ARP_CODE":"CARI.01","TRANSACTIONS":{"items":[{"TYPE":4,"MASTER_CODE":"HZM.99"}]}}"""));
        TestHttp.Response order = logo.call("POST", "/api/v1/salesOrders", TestHttp.JSON.readTree("""
                {"ARP_CODE":"CARI.01","TRANSACTIONS":{"items":[{"TYPE":4,"MASTER_CODE":"CAY.500"}]}}"""));
        TestHttp.Response cash = logo.call("POST", "/api/v1/safeDepositSlips", TestHttp.JSON.readTree("""
                {"TYPE":11,"SD_CODE":"KASA.99","ARP_CODE":"CARI.01","AMOUNT":10}"""));

        assertThat(service.status()).isEqualTo(400);
        assertThat(service.json().get("ModelState").get("MASTER_CODE").get(0).asText())
                .isEqualTo("Hizmet kartı bulunamadı: HZM.99");
        assertThat(order.json().get("ModelState").get("MASTER_CODE").get(0).asText())
                .as("an item card is no service card").isEqualTo("Hizmet kartı bulunamadı: CAY.500");
        assertThat(cash.status()).isEqualTo(400);
        assertThat(cash.json().get("ModelState").get("SD_CODE").get(0).asText())
                .isEqualTo("Kasa kodu bulunamadı: KASA.99");
        assertThat(logo.get("/api/v1/safeDepositSlips").json().get("items")).isEmpty();
    }

    @Test
    void keeps_service_and_kasa_cards_that_lines_and_cash_slips_then_name() throws Exception {
        TestHttp.Response service = logo.call("POST", "/api/v1/services", TestHttp.JSON.readTree("""
                {"CODE":"HZM.01","DESCRIPTION":"Montaj"}"""));
        TestHttp.Response box = logo.call("POST", "/api/v1/safeDeposits", TestHttp.JSON.readTree("""
                {"CODE":"KASA.01","DESCRIPTION":"Şube kasası"}"""));

        assertThat(service.status()).isEqualTo(200);
        assertThat(box.status()).isEqualTo(200);
        int id = service.json().get("INTERNAL_REFERENCE").asInt();
        assertThat(logo.get("/api/v1/services/" + id).json().get("DESCRIPTION").asText()).isEqualTo("Montaj");
        assertThat(logo.get("/api/v1/services?q=CODE%20eq%20'HZM.01'").json().get("count").asInt()).isEqualTo(1);
        assertThat(logo.get("/api/v1/SAFEDEPOSITS").json().get("items")).extracting(c -> c.get("CODE").asText())
                .containsExactly("MERKEZ", "KASA.01");
        assertThat(logo.call("POST", "/api/v1/services", TestHttp.JSON.readTree("""
                {"CODE":"hzm.01"}""")).status()).as("a second card of one code").isEqualTo(400);
        assertThat(logo.call("POST", "/api/v1/salesInvoices", TestHttp.JSON.readTree("""
                {"TYPE":8,"ARP_CODE":"CARI.01","TRANSACTIONS":{"items":[{"TYPE":4,"MASTER_CODE":"HZM.01",
                 "QUANTITY":1,"PRICE":100,"VAT_RATE":20}]}}""")).status()).isEqualTo(200);
        assertThat(logo.call("POST", "/api/v1/safeDepositSlips", TestHttp.JSON.readTree("""
                {"TYPE":11,"SD_CODE":"KASA.01","ARP_CODE":"CARI.01","AMOUNT":10}""")).status()).isEqualTo(200);
    }

    @Test
    void opens_the_service_and_kasa_cards_its_options_name_again_after_a_reset() throws Exception {
        try (Sandbox firm = Sandbox.start(new LogoSandbox(LogoSandboxOptions.goldenExamples().services("HZM-A")
                .safeDeposits("WR-TAHSILAT").build()), 0)) {
            firm.app().reset();
            LogoHttp http = new LogoHttp(firm.baseUri()).loginGolden();

            assertThat(http.get("/api/v1/services").json().get("items")).extracting(c -> c.get("CODE").asText())
                    .containsExactly("NAKLIYE", "HZM-A");
            assertThat(http.call("POST", "/api/v1/safeDepositSlips", TestHttp.JSON.readTree("""
                    {"TYPE":11,"SD_CODE":"WR-TAHSILAT","ARP_CODE":"CARI.01","AMOUNT":10}""")).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void takes_any_slip_type_when_the_type_lists_are_switched_off() throws Exception {
        JsonNode purchase = TestHttp.JSON.readTree("""
                {"TYPE":1,"ARP_CODE":"CARI.01"}""");
        try (Sandbox lenient = Sandbox.start(new LogoSandbox(LogoSandboxOptions.goldenExamples()
                .slipTypes(java.util.Map.of()).build()), 0)) {
            LogoHttp http = new LogoHttp(lenient.baseUri()).loginGolden();

            assertThat(http.call("POST", "/api/v1/salesInvoices", purchase).status()).isEqualTo(200);
        }
        assertThat(logo.call("POST", "/api/v1/salesInvoices", purchase).status()).isEqualTo(400);
    }

    @Test
    void replaces_a_record_with_put_and_answers_404_for_one_that_is_not_there() throws Exception {
        JsonNode card = TestHttp.JSON.readTree("""
                {"INTERNAL_REFERENCE":1,"CODE":"CARI.01","TITLE":"Yeni Ünvan"}""");

        assertThat(logo.call("PUT", "/api/v1/Arps/1", card).status()).isEqualTo(200);
        assertThat(logo.get("/api/v1/Arps/1").json().get("TITLE").asText()).isEqualTo("Yeni Ünvan");
        assertThat(logo.get("/api/v1/Arps/1").json().has("TAX_ID")).isFalse();
        assertThat(logo.call("PUT", "/api/v1/Arps/999", card).status()).isEqualTo(404);
        assertThat(logo.call("DELETE", "/api/v1/Arps/999", null).status()).isEqualTo(404);
    }

    @Test
    void stamps_the_change_date_that_incremental_reads_filter_on() {
        JsonNode card = logo.get("/api/v1/Arps/1").json();

        assertThat(card.get("DATE_MODIFIED").asText()).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00");
        assertThat(logo.get("/api/v1/Arps?q=DATE_MODIFIED%20gte%20'2000-01-01'").json().get("count").asInt())
                .isEqualTo(2);
    }
}
