package dev.kopru.mikro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.http.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    static List<Path> fixtures() {
        List<Path> json = GoldenJson.paths(GOLDEN);
        assertThat(json).as("golden fixtures in %s", GOLDEN.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(10);
        return json;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void answers_the_golden_example(Path fixture) throws IOException {
        String text = Files.readString(fixture, StandardCharsets.UTF_8)
                .replace("${sifre}", MikroHttp.sifre(MikroHttp.GOLDEN_DAY, "123asd"));
        JsonNode golden = TestHttp.JSON.readTree(text);
        JsonNode request = golden.get("request");
        JsonNode body = request.get("body");
        TestHttp.Response response = mikro.send(request.get("method").asText(), request.get("path").asText(),
                body == null || body.isNull() ? null : body.toString());

        assertThat(response.status()).as("HTTP status; answer %s", response.text())
                .isEqualTo(golden.get("response").get("status").asInt());
        try {
            GoldenJson.assertContains("$", golden.get("response").get("body"), response.json());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nwhole answer: " + response.text(), e);
        }
    }
}
