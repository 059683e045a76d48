package dev.kopru.testkit.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.vendor.VendorDouble;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One golden fixture: a request a client must send and the answer the vendor gives, as
 * {@code {"request": {method, path, body}, "response": {status, headers, body}, "notes": ...}}.
 */
public record GoldenExchange(String file, JsonNode root) {

    /** Reads {@code folder/file}. */
    public static GoldenExchange load(Path folder, String file) {
        try {
            return new GoldenExchange(file, GoldenJson.JSON.readTree(Files.readString(folder.resolve(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    public String method() {
        return root.path("request").path("method").asText();
    }

    public String path() {
        return root.path("request").path("path").asText();
    }

    public JsonNode requestBody() {
        return root.path("request").path("body");
    }

    public int status() {
        return root.path("response").path("status").asInt();
    }

    public JsonNode responseBody() {
        return root.path("response").path("body");
    }

    /** The fixture's answer, headers included, for a {@link VendorDouble} to play. */
    public VendorDouble.Reply reply() {
        VendorDouble.Reply reply = VendorDouble.Reply.json(status(), responseBody().toString());
        for (Map.Entry<String, JsonNode> header : root.path("response").path("headers").properties()) {
            reply = reply.withHeader(header.getKey(), header.getValue().asText());
        }
        return reply;
    }

    /** Asserts that {@code actualJson} is the fixture's request body; {@code placeholders} fill {@code ${name}}. */
    public void assertRequestBody(String actualJson, Map<String, String> placeholders) {
        JsonNode expected = requestBody();
        if (expected.isNull() || expected.isMissingNode()) {
            assertThat(actualJson).as("%s sends no body", file).isEmpty();
            return;
        }
        try {
            GoldenJson.assertSame(file + " request", expected, GoldenJson.JSON.readTree(actualJson), placeholders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
