package dev.kopru.logo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.http.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Object and line methods (logo.md §5.1, §4.3) and {@code readwithbodyparamters} (§4.6). */
class MethodsTest extends LogoSandboxTestBase {

    private static final String ORDER = """
            {"INTERNAL_REFERENCE":0,"ARP_CODE":"CARI.01","TRANSACTIONS":{"items":[
             {"TYPE":0,"MASTER_CODE":"CAY.500","QUANTITY":3,"PRICE":10,"VAT_RATE":20}]}}""";

    @BeforeEach
    void order() throws Exception {
        assertThat(logo.call("POST", "/api/v1/salesOrders", TestHttp.JSON.readTree(ORDER)).status()).isEqualTo(200);
    }

    @Test
    void recalculates_a_stored_slip_and_a_sent_one_answering_name_value_pairs() throws Exception {
        JsonNode stored = logo.get("/api/v1/salesOrders/41051/ReCalculate").json();
        JsonNode sent = logo.call("POST", "/api/v1/SALESORDERS/recalculate", TestHttp.JSON.readTree(ORDER)).json();

        assertThat(stored).isEqualTo(sent);
        assertThat(stored.findValues("Name")).extracting(JsonNode::asText).contains("TOTAL_GROSS", "TOTAL_NET");
        for (JsonNode pair : stored) {
            if (pair.get("Name").asText().equals("TOTAL_NET")) {
                assertThat(pair.get("Value").decimalValue()).isEqualByComparingTo("36.00");
            }
        }
        assertThat(logo.get("/api/v1/salesOrders?withCount=true").json().get("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void answers_501_for_the_other_listed_methods_and_no_route_for_an_unknown_name() {
        TestHttp.Response repay = logo.get("/api/v1/ARPSlips/1/ApplyRePayPln/0/GOP.01");
        logo.call("POST", "/api/v1/ArpSlips", TestHttp.JSON.getNodeFactory().objectNode().put("TYPE", 3));

        assertThat(logo.get("/api/v1/ARPSlips/1/ApplyRePayPln/0/GOP.01").status()).isEqualTo(501);
        assertThat(logo.get("/api/v1/ARPSlips/ApplyRePayPln/0/GOP.01").status()).as("seed 002's URL").isEqualTo(501);
        assertThat(repay.status()).as("no slip 1 yet").isEqualTo(404);
        assertThat(logo.get("/api/v1/salesOrders/41051/TRANSACTIONS/GetStockLinePrice/1").status()).isEqualTo(501);
        assertThat(logo.get("/api/v1/salesOrders/41051/Explode").json().get("Message").asText())
                .startsWith("No HTTP resource was found");
        assertThat(logo.get("/api/v1/salesOrders/41051/transactions/0").json().get("MASTER_CODE").asText())
                .isEqualTo("CAY.500");
    }

    @Test
    void reads_with_the_query_options_in_the_body_and_loses_no_data_when_answers_are_lost() throws Exception {
        sandbox.faults().loseNextWrites(1);

        TestHttp.Response list = logo.call("POST", "/api/v1/items/readwithbodyparamters?limit=2&withCount=true",
                TestHttp.JSON.readTree("""
                        {"q": "CODE like '*A*'", "fields": "CODE", "sort": "CODE desc"}"""));
        TestHttp.Response one = logo.call("POST", "/api/v1/salesOrders/41051/readwithbodyparamters",
                TestHttp.JSON.readTree("{\"fields\": \"NUMBER,TRANSACTIONS\"}"));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("totalCount").asInt()).isEqualTo(4);
        assertThat(list.json().get("items").findValues("CODE")).extracting(JsonNode::asText)
                .containsExactly("MAMUL.01", "MALZEME.02");
        assertThat(list.json().get("items").get(0).has("NAME")).isFalse();
        assertThat(one.json().get("TRANSACTIONS").get("items")).hasSize(1);
        assertThat(one.json().has("ARP_CODE")).isFalse();
    }
}
