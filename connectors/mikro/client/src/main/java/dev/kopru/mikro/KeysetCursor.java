package dev.kopru.mikro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.mikro.client.MikroJson;
import dev.kopru.mikro.mapping.DocumentKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The page token of reads that go through SQL (documents, movements, balances): the sort key of the last row
 * delivered, so the next query asks for rows after it ({@code WHERE key > last}) instead of an offset that shifts
 * when rows are added. No values means "from the first row".
 */
record KeysetCursor(List<String> values) {

    private static final String VERSION = "k1";
    private static final ObjectMapper JSON = MikroJson.mapper();

    KeysetCursor {
        values = List.copyOf(values);
    }

    static KeysetCursor start() {
        return new KeysetCursor(List.of());
    }

    static KeysetCursor of(DocumentKey key) {
        return new KeysetCursor(List.of(key.seri(), Integer.toString(key.sira())));
    }

    Cursor encode() {
        List<String> all = new ArrayList<>();
        all.add(VERSION);
        all.addAll(values);
        try {
            return new Cursor(Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(all)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cursor cannot be written", e);
        }
    }

    /** The request's position; a token this connector did not issue is refused naming {@code cursor}. */
    static KeysetCursor from(ReadRequest request, String operation, int expectedValues) {
        if (request.from().isEmpty()) {
            return start();
        }
        JsonNode array;
        try {
            byte[] raw = Base64.getUrlDecoder().decode(request.from().get().value());
            array = JSON.readTree(new String(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw refused(operation, "it is not a page token of this connector");
        }
        if (array == null || !array.isArray() || array.isEmpty() || !VERSION.equals(array.get(0).asText())
                || (array.size() != 1 && array.size() != expectedValues + 1)) {
            throw refused(operation, "it is not a page token of this connector for this entity");
        }
        List<String> values = new ArrayList<>();
        for (int i = 1; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                throw refused(operation, "its value " + i + " is not text");
            }
            values.add(array.get(i).asText());
        }
        return new KeysetCursor(values);
    }

    boolean atStart() {
        return values.isEmpty();
    }

    /** The document key this token holds (expects two values). */
    DocumentKey documentKey(String operation) {
        if (atStart()) {
            return null;
        }
        try {
            return new DocumentKey(values.get(0), Integer.parseInt(values.get(1)));
        } catch (IllegalArgumentException e) {
            throw refused(operation, "its document number is not valid");
        }
    }

    static ConnectorException.Validation refused(String operation, String why) {
        return new ConnectorException.Validation(operation, "cursor",
                "cursor: cannot be read because " + why + "; reset the cursor", null);
    }
}
