package dev.kopru.logo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.http.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plays every golden fixture of connectors/logo/golden (logo.md G1–G13, and G14–G21 drawn from its sections)
 * against the sandbox: its {@code given} requests first, then the request, comparing the status exactly and the
 * answer as golden/README.md says.
 */
class GoldenExamplesTest extends LogoSandboxTestBase {

    static final Path GOLDEN = Path.of("..", "golden");

    static List<Path> fixtures() {
        List<Path> json = GoldenJson.paths(GOLDEN);
        assertThat(json).as("golden fixtures in %s", GOLDEN.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(21);
        return json;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void answers_the_golden_example(Path fixture) throws IOException {
        String text = Files.readString(fixture, StandardCharsets.UTF_8).replace("http://h:32001",
                sandbox.baseUri().toString());
        JsonNode golden = TestHttp.JSON.readTree(text);
        for (JsonNode given : golden.path("given")) {
            TestHttp.Response answer = logo.call(given.get("method").asText(), given.get("path").asText(),
                    given.get("body"));
            assertThat(answer.status()).as("given %s: %s", given.get("path"), answer.text()).isEqualTo(200);
        }
        JsonNode request = golden.get("request");
        Map<String, String> headers = new LinkedHashMap<>();
        request.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
        TestHttp.Response response;
        if (request.has("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            request.get("form").properties().forEach(e -> form.put(e.getKey(), e.getValue().asText()));
            response = logo.token(form, headers.get("Authorization"));
        } else {
            JsonNode body = request.get("body");
            response = logo.call(request.get("method").asText(), request.get("path").asText(),
                    body == null || body.isNull() ? null : body, headers);
        }

        assertThat(response.status()).as("HTTP status; answer %s", response.text())
                .isEqualTo(golden.get("response").get("status").asInt());
        JsonNode expected = golden.get("response").get("body");
        if (expected.isNull()) {
            assertThat(response.text()).as("empty answer").isEmpty();
            return;
        }
        try {
            GoldenJson.assertContains("$", expected, response.json());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nwhole answer: " + response.text(), e);
        }
    }
}
