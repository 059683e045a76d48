package dev.kopru.mikro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plays every golden fixture of connectors/mikro/golden (mikro.md §10, G1–G10) against the sandbox and compares the
 * answer: the HTTP status exactly; objects in the fixture must be present in the answer with equal values (the
 * answer may carry more fields, e.g. every column of a list row); arrays have the same length and order; numbers
 * compare by value; {@code ${any}} matches any non-null value; {@code ${sifre}} is the day's password hash.
 */
class GoldenExamplesTest extends MikroSandboxTestBase {

    static final Path GOLDEN = Path.of("..", "golden");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(json).as("golden fixtures in %s", GOLDEN.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(10);
            return json.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void answers_the_golden_example(Path fixture) throws IOException {
        String text = Files.readString(fixture, StandardCharsets.UTF_8)
                .replace("${sifre}", MikroHttp.sifre(MikroHttp.GOLDEN_DAY, "123asd"));
        JsonNode golden = MikroHttp.JSON.readTree(text);
        JsonNode request = golden.get("request");
        JsonNode body = request.get("body");
        MikroHttp.Response response = mikro.send(request.get("method").asText(), request.get("path").asText(),
                body == null || body.isNull() ? null : body.toString());

        assertThat(response.status()).as("HTTP status; answer %s", response.text())
                .isEqualTo(golden.get("response").get("status").asInt());
        try {
            assertMatches(golden.get("response").get("body"), response.json(), "$");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nwhole answer: " + response.text(), e);
        }
    }

    static void assertMatches(JsonNode expected, JsonNode actual, String where) {
        if (expected.isTextual() && expected.asText().equals("${any}")) {
            if (actual == null || actual.isNull() || actual.isMissingNode()) {
                fail("%s: expected a value, found none", where);
            }
            return;
        }
        if (actual == null) {
            fail("%s: expected %s, found nothing", where, expected);
        }
        if (expected.isObject()) {
            assertThat(actual.isObject()).as("%s is an object: %s", where, actual).isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                assertMatches(field.getValue(), actual.get(field.getKey()), where + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as("%s is an array: %s", where, actual).isTrue();
            assertThat(actual.size()).as("%s length: %s", where, actual).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertMatches(expected.get(i), actual.get(i), where + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as("%s is a number: %s", where, actual).isTrue();
            assertThat(actual.decimalValue()).as(where).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }
}
