package dev.kopru.farmaborsa.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One exchange of {@code connectors/farmaborsa/golden/}, and the matching rules its README states: {@code ${any}}
 * matches any value, numbers compare by value, strings never equal numbers, member order is irrelevant.
 */
record GoldenFixture(String file, JsonNode root) {

    static final Path FOLDER = Path.of("..", "golden");
    private static final ObjectMapper JSON = FarmaBorsaJson.mapper();

    static GoldenFixture load(String file) {
        try {
            return new GoldenFixture(file, JSON.readTree(Files.readString(FOLDER.resolve(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    static List<String> files() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String method() {
        return root.path("request").path("method").asText();
    }

    String path() {
        return root.path("request").path("path").asText();
    }

    JsonNode requestBody() {
        return root.path("request").path("body");
    }

    String nick() {
        return requestBody().path("nick").asText();
    }

    String parola() {
        return requestBody().path("parola").asText();
    }

    String apiKey() {
        return requestBody().path("apiKey").asText();
    }

    int status() {
        return root.path("response").path("status").asInt();
    }

    JsonNode responseBody() {
        return root.path("response").path("body");
    }

    VendorDouble.Reply reply() {
        VendorDouble.Reply reply = VendorDouble.Reply.json(status(), responseBody().toString());
        for (Map.Entry<String, JsonNode> header : root.path("response").path("headers").properties()) {
            reply = reply.withHeader(header.getKey(), header.getValue().asText());
        }
        return reply;
    }

    /** Asserts that {@code actualJson} is the fixture's request body under the README's rules. */
    void assertRequestBody(String actualJson) {
        try {
            assertMatches(file + " request", requestBody(), JSON.readTree(actualJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertMatches(String at, JsonNode expected, JsonNode actual) {
        if (expected.isTextual() && expected.asText().equals("${any}")) {
            assertThat(actual).as(at).isNotNull();
            return;
        }
        assertThat(actual).as(at + " is present").isNotNull();
        if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(at + " is a number, was " + actual).isTrue();
            assertThat(actual.decimalValue()).as(at).isEqualByComparingTo(new BigDecimal(expected.asText()));
            return;
        }
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(at + " is an object, was " + actual).isTrue();
            assertThat(names(actual)).as(at + " fields").containsExactlyInAnyOrderElementsOf(names(expected));
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertMatches(at + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
            }
            return;
        }
        if (expected.isArray()) {
            assertThat(actual.isArray()).as(at + " is an array, was " + actual).isTrue();
            assertThat(actual.size()).as(at + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertMatches(at + "[" + i + "]", expected.get(i), actual.get(i));
            }
            return;
        }
        assertThat(actual).as(at).isEqualTo(expected);
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
