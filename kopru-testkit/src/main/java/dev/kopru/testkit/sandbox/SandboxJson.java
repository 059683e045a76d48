package dev.kopru.testkit.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** The one JSON mapper of the kit; sandboxes answer with their own strings, never through Javalin's mapper. */
public final class SandboxJson {

    /** The content type every sandbox answer carries. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    /** Configured once and never changed afterwards, so sharing it is safe. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SandboxJson() {
    }

    /** A fresh, empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A fresh, empty JSON array. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses JSON text; the exception says where the text is broken. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** For reading and writing token by token where a tree would cost too much. */
    static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    /** Serialises a tree; trees built from JSON nodes always serialise. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** Answers with a JSON body and the given HTTP status. */
    public static void respond(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(CONTENT_TYPE).result(write(body));
    }
}
