package dev.kopru.connector.kit.cursor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.ReadRequest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A connector's read position as an opaque {@link Cursor}: a record of the connector's own, written by Jackson with a
 * version tag, URL-safe Base64 outside. A cursor of another version, entity or connector is refused naming the field
 * {@code cursor}, never misread: a misread position would skip or repeat records silently.
 *
 * @param <P> the position record
 */
public final class CursorCodec<P> {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final String version;
    private final Class<P> type;

    private CursorCodec(String version, Class<P> type) {
        this.version = Objects.requireNonNull(version, "version");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** @param version changes whenever the record's meaning changes, e.g. {@code "mikro.keyset.1"} */
    public static <P> CursorCodec<P> of(String version, Class<P> type) {
        return new CursorCodec<>(version, type);
    }

    public Cursor encode(P position) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", version);
        root.set("p", JSON.valueToTree(position));
        try {
            return new Cursor(Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(root)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cursor cannot be written: " + type.getSimpleName(), e);
        }
    }

    /** The request's position, or empty when the read starts from the beginning. */
    public Optional<P> decode(ReadRequest request, String operation) {
        return request.from().map(cursor -> decode(cursor, operation));
    }

    /** @throws ConnectorException.Validation naming {@code cursor} when this codec did not write it */
    public P decode(Cursor cursor, String operation) {
        JsonNode root;
        try {
            root = JSON.readTree(Base64.getUrlDecoder().decode(cursor.value()));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw refused(operation, "it is not a page token of this connector");
        }
        if (root == null || !version.equals(root.path("v").asText(null)) || !root.has("p")) {
            throw refused(operation, "it is not a page token of this connector for this read (expected "
                    + version + ")");
        }
        try {
            return JSON.treeToValue(root.get("p"), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw refused(operation, "its position is not one this connector issues");
        }
    }

    /** The refusal of a cursor that cannot be used, naming {@code cursor} and saying how to get on. */
    public static ConnectorException.Validation refused(String operation, String why) {
        return new ConnectorException.Validation(operation, "cursor",
                "cursor: cannot be read because " + why + "; reset the cursor", null);
    }

    @Override
    public String toString() {
        return "CursorCodec{" + version + "}";
    }
}
