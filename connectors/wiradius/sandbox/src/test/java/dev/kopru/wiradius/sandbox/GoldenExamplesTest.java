package dev.kopru.wiradius.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.golden.GoldenExchange;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each golden request (connectors/wiradius/golden), multipart and urlencoded, gets its fixture's answer. */
class GoldenExamplesTest {

    static final Path GOLDEN = Path.of("..", "golden");
    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(new WiradiusSandbox(WiradiusSandboxOptions.goldenExamples().build()), 0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static List<String> fixtures() {
        return GoldenJson.files(GOLDEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void answers_each_golden_request_as_its_fixture_says(String file) {
        for (WiradiusHttp.Encoding encoding : WiradiusHttp.Encoding.values()) {
            GoldenExchange golden = GoldenExchange.load(GOLDEN, file);
            Map<String, String> fields = new LinkedHashMap<>();
            golden.requestBody().properties().forEach(e -> fields.put(e.getKey(), e.getValue().asText()));

            TestHttp.Response response = new WiradiusHttp(sandbox.baseUri()).post(golden.path(), fields, encoding);

            assertThat(response.status()).as("%s %s", file, encoding).isEqualTo(golden.status());
            JsonNode answer = response.json();
            GoldenJson.assertContains(file + " " + encoding, golden.responseBody(), answer);
        }
    }
}
