package dev.kopru.connector.kit.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a vendor answered: status, headers and the body's bytes, before any reading. */
public record VendorResponse(int status, HttpHeaders headers, byte[] body) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON, or null when it is empty or not JSON (the envelope reader decides what that means). */
    public JsonNode jsonOrNull(ObjectMapper json) {
        if (body.length == 0) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            return node == null || node.isMissingNode() ? null : node;
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    public boolean success() {
        return status >= 200 && status <= 299;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " (" + body.length + " bytes)";
    }
}
