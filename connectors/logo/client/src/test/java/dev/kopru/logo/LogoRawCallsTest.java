package dev.kopru.logo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.connector.RawOperations;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.logo.client.LogoClient;
import dev.kopru.logo.client.LogoConfig;
import dev.kopru.logo.sandbox.LogoSandbox;
import dev.kopru.logo.sandbox.LogoSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class LogoRawCallsTest {

    @Test
    void reaches_any_data_object_by_name_and_refuses_what_it_cannot_send() {
        try (Sandbox sandbox = Sandbox.start(new LogoSandbox(LogoSandboxOptions.goldenExamples().build()), 0);
             LogoClient client = new LogoClient(LogoConfig.builder().baseUrl(sandbox.baseUri().toString())
                     .username("LOGO").password("Logo1234").firmNo("1").build())) {
            RawOperations raw = LogoRawCalls.of(client);

            String created = raw.callRaw("create", """
                    {"resource": "bankSlips", "record": {"NUMBER": "BS-1", "DATE": "2025-01-02"}}""");
            String listed = raw.callRaw("LIST", """
                    {"resource": "bankSlips", "q": "NUMBER eq 'BS-1'", "withCount": true}""");

            assertThat(created).contains("\"INTERNAL_REFERENCE\":1");
            assertThat(listed).contains("\"totalCount\":1", "BS-1");
            assertThat(raw.rawOperations()).extracting(RawOperations.RawOperation::name)
                    .containsExactly("list", "get", "create", "replace", "patch", "delete", "query", "lines",
                            "method", "lineMethod", "recordMethod", "readWithBody");
            raw.callRaw("create", """
                    {"resource": "salesOrders", "record": {"ARP_CODE": "CARI.01", "TRANSACTIONS": {"items": [
                     {"TYPE": 0, "MASTER_CODE": "CAY.500", "QUANTITY": 2, "PRICE": 5, "VAT_RATE": 20}]}}}""");
            assertThat(raw.callRaw("method", """
                    {"resource": "salesOrders", "id": 41051, "method": "ReCalculate"}""")).contains("TOTAL_NET");
            assertThat(raw.callRaw("lines", """
                    {"resource": "salesOrders", "id": 41051, "collection": "TRANSACTIONS", "index": 0}"""))
                    .contains("CAY.500");
            assertThat(raw.callRaw("readWithBody", """
                    {"resource": "Arps", "q": "CODE eq 'CARI.01'", "fields": ["TITLE"]}"""))
                    .contains("Örnek Cari A.Ş.").doesNotContain("TAX_ID");
            assertThatThrownBy(() -> raw.callRaw("get", "{\"resource\": \"Arps\"}"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("id"));
            assertThatThrownBy(() -> raw.callRaw("query", "{\"tsql\": \"UPDATE LG_001_ITEMS SET NAME = ''\"}"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
