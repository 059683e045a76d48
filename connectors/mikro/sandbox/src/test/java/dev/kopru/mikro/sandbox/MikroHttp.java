package dev.kopru.mikro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.http.TestHttp.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A test's view of a running Mikro sandbox over real HTTP: posts JSON, computes the daily password the way a client
 * must (independently of the sandbox's own code), and unwraps Mikro's envelope.
 */
final class MikroHttp {

    static final LocalDate GOLDEN_DAY = LocalDate.of(2025, 11, 22);

    private final URI base;
    private final TestHttp http = new TestHttp();
    private final LocalDate day;

    MikroHttp(URI base, LocalDate day) {
        this.base = base;
        this.day = day;
    }

    /** lower-case hex MD5 of "yyyy-MM-dd password", as mikro.md §3.2 says a client must send it. */
    static String sifre(LocalDate day, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((day + (password.isEmpty() ? "" : " " + password)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The credential block of the golden examples for the sandbox's day. */
    ObjectNode mikro() {
        ObjectNode block = TestHttp.JSON.createObjectNode();
        block.put("ApiKey", "DEMO-KEY").put("FirmaKodu", "KOPRU").put("CalismaYili", "2025")
                .put("KullaniciKodu", "SRV").put("Sifre", sifre(day, "123asd"));
        return block;
    }

    /** A body {@code {"Mikro": {credentials}}} to add fields to. */
    ObjectNode body() {
        ObjectNode body = TestHttp.JSON.createObjectNode();
        body.set("Mikro", mikro());
        return body;
    }

    Response post(String path, Object body) {
        return send("POST", path, body == null ? null : body.toString());
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response send(String method, String path, String body) {
        return http.send(method, URI.create(base + encodePath(path)), body);
    }

    /** The envelope's Data after asserting HTTP 200 and StatusCode 200. */
    JsonNode data(String path, Object body) {
        JsonNode result = envelope(post(path, body));
        assertThat(result.get("IsError").asBoolean()).as("IsError of %s: %s", path, result).isFalse();
        assertThat(result.get("StatusCode").asInt()).isEqualTo(200);
        return result.get("Data");
    }

    /** What a save answered: the entries of {@code Data.list} (mikro.md §12.1), one per document or card. */
    JsonNode saved(String path, Object body) {
        JsonNode list = data(path, body).get("list");
        assertThat(list).as("Data.list of %s", path).isNotNull();
        return list;
    }

    /** result[0] of an envelope answered with HTTP 200. */
    static JsonNode envelope(Response response) {
        assertThat(response.status()).as("HTTP status of %s", response.text()).isEqualTo(200);
        JsonNode result = response.json().get("result");
        assertThat(result).as("envelope of %s", response.text()).isNotNull();
        assertThat(result.isArray()).isTrue();
        assertThat(result).hasSize(1);
        return result.get(0);
    }

    /** The ErrorMessage of a refusal, after asserting IsError and the StatusCode. */
    String error(String path, Object body, int statusCode) {
        JsonNode result = envelope(post(path, body));
        assertThat(result.get("IsError").asBoolean()).as("IsError of %s: %s", path, result).isTrue();
        assertThat(result.get("StatusCode").asInt()).as("StatusCode of %s", result).isEqualTo(statusCode);
        assertThat(result.get("Data").isNull()).isTrue();
        return result.get("ErrorMessage").asText();
    }

    /** SqlVeriOkuV2's rows of SQLResult1. */
    JsonNode sql(String query) {
        ObjectNode body = body().put("SQLSorgu", query);
        JsonNode data = data("/Api/apiMethods/SqlVeriOkuV2", body);
        return data.get(0).get("SQLResult1");
    }

    /** Percent-encodes each path segment (so {@code KayıtOkuV2} travels as {@code Kay%C4%B1tOkuV2}). */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        String[] parts = path.split("\\?", 2);
        for (String segment : parts[0].split("/", -1)) {
            if (!out.isEmpty() || !segment.isEmpty()) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return parts.length > 1 ? out + "?" + parts[1] : out.toString();
    }
}
