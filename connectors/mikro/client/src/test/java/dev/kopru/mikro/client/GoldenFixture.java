package dev.kopru.mikro.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One exchange of {@code connectors/mikro/golden/}, and the matching rules its README states: {@code ${sifre}} is the
 * daily hash of the fixtures' day, {@code ${any}} matches any value, numbers compare by value.
 */
record GoldenFixture(String file, JsonNode root) {

    static final Path FOLDER = Path.of("..", "golden");
    static final LocalDate DAY = LocalDate.of(2025, 11, 22);
    static final String PASSWORD = "123asd";
    private static final ObjectMapper JSON = MikroJson.mapper();

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

    /** The ApiKey the fixture's request carries (at top level for APILogin, else in the Mikro block). */
    String apiKey() {
        JsonNode body = requestBody();
        return body.path("ApiKey").asText(body.path("Mikro").path("ApiKey").asText("DEMO-KEY"));
    }

    JsonNode requestBody() {
        return root.path("request").path("body");
    }

    VendorDouble.Reply reply() {
        return VendorDouble.Reply.json(root.path("response").path("status").asInt(),
                root.path("response").path("body").toString());
    }

    /** Asserts that {@code actualJson} is the fixture's request body under the README's rules. */
    void assertRequestBody(String actualJson) {
        JsonNode expected = requestBody();
        if (expected.isNull() || expected.isMissingNode()) {
            assertThat(actualJson).as("%s sends no body", file).isEmpty();
            return;
        }
        try {
            String sifre = DailyPassword.hash(DAY, PASSWORD);
            assertMatches(file + " request", expected, JSON.readTree(actualJson), sifre);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertMatches(String at, JsonNode expected, JsonNode actual, String sifre) {
        if (expected.isTextual() && expected.asText().equals("${any}")) {
            assertThat(actual).as(at).isNotNull();
            return;
        }
        if (expected.isTextual() && expected.asText().equals("${sifre}")) {
            assertThat(actual.isTextual() ? actual.asText() : actual).as(at).isEqualTo(sifre);
            return;
        }
        if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(at + " is a number, was " + actual).isTrue();
            assertThat(actual.decimalValue()).as(at).isEqualByComparingTo(new BigDecimal(expected.asText()));
            return;
        }
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(at + " is an object, was " + actual).isTrue();
            assertThat(names(actual)).as(at + " fields").containsExactlyInAnyOrderElementsOf(names(expected));
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertMatches(at + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), sifre);
            }
            return;
        }
        if (expected.isArray()) {
            assertThat(actual.isArray()).as(at + " is an array, was " + actual).isTrue();
            assertThat(actual.size()).as(at + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertMatches(at + "[" + i + "]", expected.get(i), actual.get(i), sifre);
            }
            return;
        }
        assertThat(actual).as(at).isEqualTo(expected);
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
