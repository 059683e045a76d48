package dev.kopru.logo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.http.TestHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SqlTest extends LogoSandboxTestBase {

    private TestHttp.Response query(String sql) {
        return logo.get("/api/v1/queries?tsql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Test
    void sees_a_record_written_through_the_data_objects() throws Exception {
        logo.call("POST", "/api/v1/Arps", TestHttp.JSON.readTree("""
                {"CODE":"120.01.555","TITLE":"Sorgu Ltd.","TAX_ID":"1234567890"}"""));

        JsonNode rows = query("SELECT DEFINITION_, TAXNR FROM LG_001_CLCARD WHERE CODE = '120.01.555'").json();

        assertThat(rows.get("items")).singleElement().satisfies(row -> {
            assertThat(row.get("DEFINITION_").asText()).isEqualTo("Sorgu Ltd.");
            assertThat(row.get("TAXNR").asText()).isEqualTo("1234567890");
        });
    }

    @Test
    void joins_invoice_lines_to_their_cards_and_pages_the_rows() throws Exception {
        logo.call("POST", "/api/v1/salesInvoices", TestHttp.JSON.readTree("""
                {"TYPE":8,"NUMBER":"F-1","DATE":"2025-01-02","ARP_CODE":"CARI.01","TRANSACTIONS":{"items":[
                 {"TYPE":0,"MASTER_CODE":"CAY.500","QUANTITY":3,"PRICE":10,"VAT_RATE":20},
                 {"TYPE":0,"MASTER_CODE":"SEKER.1","QUANTITY":1,"PRICE":5,"VAT_RATE":1}]}}"""));

        JsonNode page = logo.get("/api/v1/queries?limit=1&tsql=" + URLEncoder.encode("SELECT I.CODE, L.TOTAL FROM"
                + " LG_001_01_STLINE L JOIN LG_001_ITEMS I ON I.LOGICALREF = L.STOCKREF ORDER BY I.CODE",
                StandardCharsets.UTF_8).replace("+", "%20")).json();
        JsonNode net = query("SELECT NETTOTAL FROM LG_001_01_INVOICE WHERE FICHENO = 'F-1'").json();

        assertThat(page.get("items").get(0).get("CODE").asText()).isEqualTo("CAY.500");
        assertThat(page.get("next").get("href").asText()).contains("offset=1");
        assertThat(net.at("/items/0/NETTOTAL").decimalValue()).isEqualByComparingTo("41.05");
    }

    @Test
    void refuses_a_write_and_an_unknown_table_with_model_state_207() {
        TestHttp.Response write = query("DELETE FROM LG_001_ITEMS");
        TestHttp.Response unknown = query("SELECT * FROM LG_001_NOPE");

        assertThat(write.status()).isEqualTo(400);
        assertThat(write.json().get("ModelState").has("207")).isTrue();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(query("SELECT COUNT(*) AS N FROM LG_001_ITEMS").json().at("/items/0/N").asInt()).isEqualTo(5);
    }
}
