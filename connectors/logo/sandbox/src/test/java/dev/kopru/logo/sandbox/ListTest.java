package dev.kopru.logo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.http.TestHttp;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListTest extends LogoSandboxTestBase {

    @Test
    void pages_by_the_default_limit_and_links_the_next_page_until_the_last() {
        List<String> codes = new ArrayList<>();
        String path = "/api/v1/items?limit=2";
        int pages = 0;
        while (path != null) {
            JsonNode page = logo.get(path).json();
            page.get("items").forEach(item -> codes.add(item.get("CODE").asText()));
            JsonNode next = page.get("next").get("href");
            path = next == null ? null : URI.create(next.asText()).getRawPath() + "?"
                    + URI.create(next.asText()).getRawQuery();
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(codes).containsExactly("HAMMADDE.01", "MALZEME.02", "CAY.500", "SEKER.1", "MAMUL.01");
    }

    @Test
    void leaves_totalCount_out_unless_asked_and_uses_the_default_page_size() {
        JsonNode page = logo.get("/api/v1/items").json();

        assertThat(page.has("totalCount")).isFalse();
        assertThat(page.get("limit").asInt()).isEqualTo(10);
        assertThat(page.get("previous").has("href")).isFalse();
        assertThat(page.get("Meta").get("href").asText()).endsWith("/api/v1/items?limit=10");
    }

    @Test
    void filters_sorts_and_projects() {
        JsonNode page = logo.get("/api/v1/items?q=VAT%20gte%2020%20and%20(CARD_TYPE%20eq%2010%20or%20CARD_TYPE"
                + "%20eq%2012)&sort=CODE%20desc&fields=CODE").json();

        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> {
            codes.add(item.get("CODE").asText());
            assertThat(item.has("NAME")).isFalse();
        });
        assertThat(codes).containsExactly("MAMUL.01", "MALZEME.02", "HAMMADDE.01");
    }

    @Test
    void answers_a_broken_filter_with_the_web_api_message() {
        TestHttp.Response answer = logo.get("/api/v1/items?q=CODE%20eq");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("Message").asText()).startsWith("The query is invalid");
    }

    @Test
    void matches_data_objects_in_any_case_and_answers_unknown_ones_with_404() {
        assertThat(logo.get("/api/v1/ARPS").status()).isEqualTo(200);
        assertThat(logo.get("/api/v1/ARPSlips").status()).isEqualTo(200);
        assertThat(logo.get("/api/v1/units").status()).isEqualTo(404);
    }

    @Test
    void expands_lines_only_when_asked_in_a_list_and_always_for_one_record() throws Exception {
        logo.call("POST", "/api/v1/salesOrders", TestHttp.JSON.readTree("""
                {"ARP_CODE":"CARI.01","TRANSACTIONS":{"items":[{"TYPE":0,"MASTER_CODE":"CAY.500","QUANTITY":"2",
                 "PRICE":10,"VAT_RATE":20}]}}"""));

        JsonNode collapsed = logo.get("/api/v1/salesOrders").json().get("items").get(0);
        JsonNode expanded = logo.get("/api/v1/salesOrders?expandLevel=full").json().get("items").get(0);
        JsonNode one = logo.get("/api/v1/salesOrders/41051").json();
        JsonNode line = logo.get("/api/v1/salesOrders/41051/TRANSACTIONS/0").json();

        assertThat(collapsed.get("TRANSACTIONS").has("items")).isFalse();
        assertThat(expanded.get("TRANSACTIONS").get("items")).hasSize(1);
        assertThat(one.get("TRANSACTIONS").get("items").get(0).get("TOTAL").decimalValue()).isEqualByComparingTo("20");
        assertThat(one.get("TOTAL_NET").decimalValue()).isEqualByComparingTo("24");
        assertThat(line.get("MASTER_CODE").asText()).isEqualTo("CAY.500");
    }

    @Test
    void describes_the_payment_slips_with_their_lines() {
        JsonNode arpSlip = logo.get("/api/v1/definitions/ARPSlips").json();
        JsonNode cash = logo.get("/api/v1/definitions/safeDepositSlips").json();

        assertThat(arpSlip.at("/properties/TOTAL_CREDIT/type/0").asText()).isEqualTo("number");
        assertThat(arpSlip.at("/properties/TRANSACTIONS/properties/items/items/properties/SIGN/type/0").asText())
                .isEqualTo("integer");
        assertThat(cash.at("/properties/SD_CODE/type/0").asText()).isEqualTo("string");
        assertThat(cash.at("/properties/TRANSACTIONS").isMissingNode()).isTrue();
    }
}
