package dev.kopru.server.entities;

import static dev.kopru.server.connections.ApiWorld.read;
import static dev.kopru.server.connections.ApiWorld.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.core.tax.TaxIds;
import dev.kopru.server.connections.ApiWorld;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntitiesApiTest {

    static ApiWorld world;
    static String mikro;
    static String farma;

    @BeforeAll
    static void start() {
        world = new ApiWorld();
        mikro = "/api/v1/connections/" + world.create("mikro", "mikro", world.mikroConfig(Map.of()));
        farma = "/api/v1/connections/" + world.create("farma", "farmaborsa", world.farmaConfig());
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void lists_parties_page_by_page_until_next_is_null() {
        List<String> codes = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        JsonNode page;
        do {
            page = ok(world.get(mikro + "/parties?limit=5" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)));
            page.path("items").forEach(party -> codes.add(party.path("code").asText()));
            cursor = page.path("next").asText("");
            pages++;
        } while (!page.path("next").isNull() && pages < 20);

        assertThat(codes).doesNotHaveDuplicates().contains("120.01.001", "120.01.002").hasSizeGreaterThan(10);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(page.path("resume").asText()).isNotBlank();
    }

    @Test
    void filters_by_the_connectors_filters_and_starts_from_a_change_date() {
        JsonNode one = ok(world.get(mikro + "/parties?code=120.01.001"));
        assertThat(one.path("items")).hasSize(1);
        assertThat(one.path("items").get(0).path("taxId").asText()).isEqualTo("9876543210");

        List<String> since = codes(ok(world.get(mikro + "/parties?changedSince=2025-03-04&limit=1000")));
        assertThat(since).contains("120.01.002").doesNotContain("120.01.001");

        HttpResponse<String> noChangeDate = world.get(mikro + "/invoices?changedSince=2025-01-01");
        assertProblem(noChangeDate, 400, "changedSince");
        assertProblem(world.get(mikro + "/parties?colour=red"), 422, "colour");
        assertProblem(world.get(mikro + "/parties?limit=5000"), 400, "limit");
        assertProblem(world.get(mikro + "/parties?limit=many"), 400, "limit");
    }

    @Test
    void gets_one_record_and_answers_404_for_an_unknown_key_or_entity() {
        JsonNode party = ok(world.get(mikro + "/parties/120.01.002"));
        assertThat(party.path("name").asText()).isEqualTo("Ege Liman Hizmetleri A.Ş.");

        assertThat(world.get(mikro + "/parties/120.77.404").statusCode()).isEqualTo(404);
        HttpResponse<String> noListings = world.get(mikro + "/listings");
        assertProblem(noListings, 404, "entity");
        assertThat(read(noListings).path("detail").asText()).contains("parties", "items", "invoices");
        assertThat(world.get("/api/v1/connections/no-such/parties").statusCode()).isEqualTo(404);
    }

    @Test
    void creates_a_party_with_201_and_its_location_then_updates_it() {
        String code = "120.55.001";
        Map<String, Object> party = party(code, "Köprü API Deneme A.Ş.");

        HttpResponse<String> created = world.post(mikro + "/parties", write(party));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = read(created).path("key").asText();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(mikro + "/parties/" + key);
        assertThat(ok(world.get(mikro + "/parties/" + key)).path("name").asText()).isEqualTo("Köprü API Deneme A.Ş.");

        HttpResponse<String> updated = world.send("PUT", mikro + "/parties/" + key,
                write(party(code, "Köprü API Yeni Ad A.Ş.")));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(204);
        assertThat(ok(world.get(mikro + "/parties/" + key)).path("name").asText()).isEqualTo("Köprü API Yeni Ad A.Ş.");
    }

    @Test
    void an_update_the_vendor_does_not_offer_is_a_405_naming_the_operation() {
        HttpResponse<String> refused = world.send("PUT", mikro + "/items/BAR-001", "{\"code\":\"BAR-001\"}");

        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(refused).path("operation").asText()).isEqualTo("UPDATE");
        assertThat(texts(read(refused).path("supportedOperations"))).contains("CREATE").doesNotContain("UPDATE");
    }

    @Test
    void an_invoice_is_created_and_its_lines_and_the_partys_balance_and_movements_are_read() {
        assertThat(world.get(mikro + "/parties/120.01.002/balance").statusCode()).as("no movements yet")
                .isEqualTo(404);
        HttpResponse<String> created = world.post(mikro + "/invoices", write(invoice("KPR-API-0001", "120.01.002")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = read(created).path("key").asText();

        JsonNode lines = ok(world.get(mikro + "/invoices/" + key + "/lines"));
        assertThat(lines.path("items")).hasSize(1);
        JsonNode line = lines.path("items").get(0);
        assertThat(line.path("itemCode").asText()).isEqualTo("BAR-001");
        assertThat(line.path("unitPrice").decimalValue()).isEqualByComparingTo("50000");
        assertThat(line.path("vatRate").decimalValue()).isEqualByComparingTo("20");

        JsonNode after = ok(world.get(mikro + "/parties/120.01.002/balance"));
        assertThat(after.path("partyCode").asText()).isEqualTo("120.01.002");
        assertThat(after.path("debit").path("amount").decimalValue()).isEqualByComparingTo("60000.00");
        assertThat(after.path("balance").path("amount").decimalValue()).isEqualByComparingTo("60000.00");
        JsonNode movements = ok(world.get(mikro + "/parties/120.01.002/movements?limit=100"));
        assertThat(movements.path("items")).isNotEmpty();
        movements.path("items").forEach(m -> assertThat(m.path("partyCode").asText()).isEqualTo("120.01.002"));
        assertProblem(world.get(mikro + "/parties/120.01.002/movements?partyCode=120.01.001"), 400, "partyCode");
    }

    @Test
    void a_vendor_refusal_is_a_422_with_the_field_and_the_vendors_message_and_bad_input_is_refused_before_sending() {
        HttpResponse<String> noSuchParty = world.post(mikro + "/invoices", write(invoice("KPR-API-404", "120.99.404")));

        assertThat(noSuchParty.statusCode()).as(noSuchParty.body()).isEqualTo(422);
        JsonNode problem = read(noSuchParty);
        assertThat(problem.path("field").asText()).isNotBlank();
        assertThat(problem.path("vendorMessage").asText()).contains("Cari bulunamadı");

        Map<String, Object> badTaxId = party("120.55.900", "Hatalı VKN A.Ş.");
        badTaxId.put("taxId", "1234567891");
        assertProblem(world.post(mikro + "/parties", write(badTaxId)), 422, "taxId");
        assertProblem(world.post(mikro + "/parties", "{\"code\":\"120.55.901\",\"colour\":\"red\"}"), 400, "colour");
        assertProblem(world.post(mikro + "/invoices", "{\"number\":\"X\",\"date\":\"yesterday\",\"lines\":[]}"), 400,
                "date");
        assertThat(world.get(mikro + "/parties/120.55.900").statusCode()).isEqualTo(404);
    }

    @Test
    void farmaborsa_listings_are_listed_and_got_through_the_same_endpoints() {
        JsonNode listings = ok(world.get(farma + "/listings?limit=5"));
        assertThat(listings.path("items")).hasSize(5);
        String key = listings.path("items").get(0).path("key").asText();

        assertThat(ok(world.get(farma + "/listings/" + key)).path("key").asText()).isEqualTo(key);
        assertProblem(world.get(farma + "/parties"), 404, "entity");
    }

    @Test
    void a_raw_operation_is_sent_with_the_connections_credentials_and_answered_with_the_vendors_json() {
        HttpResponse<String> sql = world.post(mikro + "/raw/SqlVeriOkuV2",
                "{\"SQLSorgu\":\"SELECT cari_kod, cari_unvan1 FROM CARI_HESAPLAR WHERE cari_kod = '120.01.001'\"}");
        assertThat(sql.statusCode()).as(sql.body()).isEqualTo(200);
        assertThat(sql.body()).contains("Aliağa Denizcilik");

        HttpResponse<String> listings = world.post(farma + "/raw/ilanlarimlistesi", "{\"pasif\":0}");
        assertThat(listings.statusCode()).as(listings.body()).isEqualTo(200);
        assertThat(read(listings).path("hata").asBoolean(true)).isFalse();

        assertProblem(world.post(mikro + "/raw/NoSuchOperation", "{}"), 400, "operation");
        assertProblem(world.post(mikro + "/raw/SqlVeriOkuV2", "[1,2]"), 400, "body");
        int sentBefore = world.mikro.journal().size();
        HttpResponse<String> refused = world.post(mikro + "/raw/CariKaydetV2", "{\"Mikro\":{\"cariler\":[{}]}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(read(refused).path("vendorMessage").asText()).isNotBlank();
        assertThat(world.mikro.journal().size() - sentBefore).as("a raw write is sent once").isEqualTo(1);
    }

    @Test
    void raw_sql_fields_pass_the_read_only_guard_before_anything_is_sent() {
        int sentBefore = world.mikro.journal().size();
        assertProblem(world.post(mikro + "/raw/SqlVeriOkuV2",
                "{\"SQLSorgu\":\"SELECT 1 AS ok -- note\\rDELETE FROM CARI_HESAPLAR\"}"), 400, "SQLSorgu");
        assertProblem(world.post(mikro + "/raw/SqlVeriOkuV2", "{\"sqlsorgu\":\"DROP TABLE CARI_HESAPLAR\"}"), 400,
                "SQLSorgu");
        assertProblem(world.post(mikro + "/raw/SqlVeriOkuV2", "{\"SQLSorgu\":[\"SELECT 1\"]}"), 400, "SQLSorgu");
        assertProblem(world.post(mikro + "/raw/CariListesiV2",
                "{\"WhereStr\":\"1=1; DROP TABLE CARI_HESAPLAR\",\"Size\":\"5\",\"Index\":0}"), 400, "WhereStr");
        assertProblem(world.post(mikro + "/raw/CariListesiV2",
                "{\"WhereStr\":\"cari_kod = 'x' --\",\"Size\":\"5\",\"Index\":0}"), 400, "WhereStr");
        assertProblem(world.post(mikro + "/raw/CariListesiV3",
                "{\"Mikro\":{\"Sort\":\"cari_kod; DROP TABLE CARI_HESAPLAR\",\"Size\":\"5\",\"Index\":0}}"), 400, "Sort");
        assertThat(world.mikro.journal().size()).as("nothing refused was sent").isEqualTo(sentBefore);

        HttpResponse<String> listed = world.post(mikro + "/raw/CariListesiV2",
                "{\"WhereStr\":\"cari_kod LIKE '120.01%'\",\"Size\":\"5\",\"Index\":0}");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains("\"cari_kod\":\"120.01.");
    }

    private static Map<String, Object> party(String code, String name) {
        Map<String, Object> party = new java.util.LinkedHashMap<>();
        party.put("code", code);
        party.put("name", name);
        party.put("role", "CUSTOMER");
        party.put("taxId", TaxIds.randomVkn(new Random(code.hashCode())));
        party.put("taxOffice", "KONAK");
        party.put("address", Map.of("line", "Atatürk Cd. 1", "district", "Konak", "city", "İzmir"));
        party.put("currency", "TRY");
        return party;
    }

    private static Map<String, Object> invoice(String number, String partyCode) {
        return Map.of("number", number, "direction", "SALES", "date", LocalDate.now().toString(),
                "partyCode", partyCode, "currency", "TRY", "lines", List.of(Map.of("lineNo", 1, "kind", "ITEM",
                        "itemCode", "BAR-001", "quantity", 1, "unit", "ADET", "unitPrice", new BigDecimal("50000.00"),
                        "priceBasis", "VAT_EXCLUDED", "vatRate", 20)));
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response);
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(party -> codes.add(party.path("code").asText()));
        return codes;
    }

    static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(response).path("field").asText()).as(response.body()).isEqualTo(field);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }
}
