package dev.kopru.dia.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kopru.testkit.golden.GoldenExchange;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.Sandbox;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden fixture posted to a fresh sandbox set up as dia.md's examples: the answer holds the fixture's answer,
 * except the members the fixture lists as {@code assigned} by the server.
 */
class GoldenExamplesTest {

    static final Path GOLDEN = Path.of("..", "golden");

    static List<String> fixtures() {
        return GoldenJson.files(GOLDEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void answers_each_golden_request_as_its_fixture_says(String file) {
        GoldenExchange fixture = GoldenExchange.load(GOLDEN, file);
        DiaSandboxOptions options = DiaSandboxOptions.goldenExamples().build();
        try (Sandbox sandbox = Sandbox.start(new DiaSandbox(options), 0)) {
            String body = fixture.requestBody().toString();
            if (body.contains("${session}")) {
                DiaCalls dia = new DiaCalls(sandbox, options);
                dia.login();
                body = body.replace("${session}", dia.session);
            }
            TestHttp.Response response = new TestHttp().send(fixture.method(),
                    URI.create(sandbox.baseUri() + fixture.path()), body);

            assertThat(response.status()).as(file).isEqualTo(fixture.status());
            GoldenJson.assertContains(file, expected(fixture), response.json());
            if (fixture.requestBody().has("login") && fixture.responseBody().path("code").asText().equals("200")) {
                assertThat(response.json().path("msg").asText()).matches("[0-9a-f]{32}");
            }
        }
    }

    /** The fixture's answer with {@code ${any}} at each {@code assigned} path ({@code key}, {@code result[0].x}). */
    private static JsonNode expected(GoldenExchange fixture) {
        JsonNode expected = fixture.responseBody().deepCopy();
        for (JsonNode path : fixture.root().path("assigned")) {
            String[] steps = path.asText().split("\\.");
            JsonNode parent = expected;
            for (int i = 0; i < steps.length - 1; i++) {
                parent = step(parent, steps[i]);
            }
            String last = steps[steps.length - 1];
            if (last.endsWith("]")) {
                ((ArrayNode) step(parent, last.substring(0, last.indexOf('['))))
                        .set(index(last), TextNode.valueOf("${any}"));
            } else {
                ((ObjectNode) parent).put(last, "${any}");
            }
        }
        return expected;
    }

    private static JsonNode step(JsonNode node, String step) {
        int bracket = step.indexOf('[');
        return bracket < 0 ? node.get(step) : node.get(step.substring(0, bracket)).get(index(step));
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
    }
}
