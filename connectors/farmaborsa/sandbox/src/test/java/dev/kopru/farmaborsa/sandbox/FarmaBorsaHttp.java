package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.http.TestHttp.Response;
import java.net.URI;

/** A test's view of a running FarmaBorsa sandbox over real HTTP: JSON bodies with credentials, the hata envelope. */
final class FarmaBorsaHttp {

    private final URI base;
    private final TestHttp http = new TestHttp();

    FarmaBorsaHttp(URI base) {
        this.base = base;
    }

    static ObjectNode credentials(String nick, String parola, String apiKey) {
        return TestHttp.JSON.createObjectNode().put("nick", nick).put("parola", parola).put("apiKey", apiKey);
    }

    /** The golden seller demoeczane. */
    static ObjectNode seller() {
        return credentials("demoeczane", "demo123", "DEMO-KEY");
    }

    /** The golden buyer alicieczane. */
    static ObjectNode buyer() {
        return credentials("alicieczane", "demo123", "DEMO-KEY-2");
    }

    Response post(String path, Object body) {
        return send("POST", path, body == null ? null : body.toString());
    }

    Response send(String method, String path, String body) {
        return http.send(method, base.resolve(path), body);
    }

    /** POSTs to {@code /api/Entegre/<operation>} and asserts HTTP 200 and {@code hata: false}. */
    JsonNode ok(String operation, ObjectNode body) {
        Response response = post("/api/Entegre/" + operation, body);
        assertThat(response.status()).as("HTTP status of %s: %s", operation, response.text()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("hata").asBoolean()).as("hata of %s: %s", operation, json).isFalse();
        return json;
    }

    /** POSTs and asserts HTTP 200 with {@code hata: true}; returns {@code mesaj}. */
    String refusal(String operation, ObjectNode body) {
        return refused(operation, body).get("mesaj").asText();
    }

    JsonNode refused(String operation, ObjectNode body) {
        Response response = post("/api/Entegre/" + operation, body);
        assertThat(response.status()).as("HTTP status of %s: %s", operation, response.text()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("hata").asBoolean()).as("hata of %s: %s", operation, json).isTrue();
        return json;
    }

    /** An admin call under /_sandbox/farmaborsa/, asserting its HTTP status. */
    JsonNode admin(String method, String path, String body, int status) {
        Response response = send(method, "/_sandbox/farmaborsa/" + path, body);
        assertThat(response.status()).as("%s %s: %s", method, path, response.text()).isEqualTo(status);
        return response.text().isBlank() ? null : response.json();
    }

    /** The seller's orders of one status, as SiparisListesi answers them. */
    JsonNode sellerOrders(ObjectNode credentials, int satisDurum) {
        ObjectNode body = credentials.deepCopy().put("satisDurum", satisDurum).put("sayfa", 1);
        return ok("SiparisListesi", body).get("siparisList");
    }

    /** One order as the seller sees it. */
    JsonNode sellerOrder(long satisKod) {
        JsonNode list = ok("SiparisListesi", seller().put("satisKod", satisKod)).get("siparisList");
        assertThat(list).as("order %s", satisKod).hasSize(1);
        return list.get(0);
    }
}
