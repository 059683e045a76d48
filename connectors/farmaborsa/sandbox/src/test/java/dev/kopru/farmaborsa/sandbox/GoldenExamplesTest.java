package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.http.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plays every golden fixture of connectors/farmaborsa/golden (farmaborsa.md §7, G1–G10) against a sandbox in the
 * golden state, after the exchanges its {@code notes} say it "runs after"; a fixture that expects HTTP 429 runs with
 * the vendor's limit on, after ten accepted copies of its request. The HTTP status and the listed headers must
 * match; objects in the fixture must be present in the answer with equal values (more fields are allowed); arrays
 * have the same length and order; numbers compare by value; {@code ${any}} matches any non-null value.
 */
class GoldenExamplesTest extends FarmaBorsaSandboxTestBase {

    static final Path GOLDEN = Path.of("..", "golden");
    private static final Pattern RUNS_AFTER = Pattern.compile("runs after ([^;]+)");
    private static final Pattern FILE = Pattern.compile("[\\w.-]+\\.json");

    static List<Path> fixtures() {
        List<Path> json = GoldenJson.paths(GOLDEN);
        assertThat(json).as("golden fixtures in %s", GOLDEN.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(10);
        return json;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void answers_the_golden_example(Path fixture) throws IOException {
        JsonNode golden = read(fixture);
        for (Path before : prerequisites(golden)) {
            TestHttp.Response response = replay(read(before));
            assertThat(response.status()).as("prerequisite %s: %s", before, response.text()).isEqualTo(200);
            assertThat(response.json().get("hata").asBoolean()).as("prerequisite %s: %s", before, response.text())
                    .isFalse();
        }
        JsonNode expected = golden.get("response");
        if (expected.get("status").asInt() == 429) {
            farma.admin("PUT", "rate-limit", "{\"enabled\":true,\"permits\":10,\"periodMs\":60000}", 200);
            for (int i = 0; i < 10; i++) {
                assertThat(replay(golden).status()).as("accepted request %d", i + 1).isEqualTo(200);
            }
        }

        TestHttp.Response response = replay(golden);

        assertThat(response.status()).as("HTTP status; answer %s", response.text())
                .isEqualTo(expected.get("status").asInt());
        JsonNode headers = expected.get("headers");
        if (headers != null) {
            headers.fieldNames().forEachRemaining(name -> {
                String value = response.headers().firstValue(name).orElse(null);
                assertThat(value).as("header %s", name).isNotNull();
                if (!headers.get(name).asText().equals("${any}")) {
                    assertThat(value).as("header %s", name).isEqualTo(headers.get(name).asText());
                }
            });
        }
        try {
            GoldenJson.assertContains("$", expected.get("body"), response.json());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nwhole answer: " + response.text(), e);
        }
    }

    private TestHttp.Response replay(JsonNode golden) {
        JsonNode request = golden.get("request");
        JsonNode body = request.get("body");
        return farma.send(request.get("method").asText(), request.get("path").asText(),
                body == null || body.isNull() ? null : body.toString());
    }

    /** The fixtures named after "runs after" in the notes, in the order named. */
    private static List<Path> prerequisites(JsonNode golden) {
        List<Path> files = new ArrayList<>();
        JsonNode notes = golden.get("notes");
        if (notes != null) {
            Matcher after = RUNS_AFTER.matcher(notes.asText());
            while (after.find()) {
                Matcher file = FILE.matcher(after.group(1));
                while (file.find()) {
                    files.add(GOLDEN.resolve(file.group()));
                }
            }
        }
        return files;
    }

    private static JsonNode read(Path file) throws IOException {
        return TestHttp.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }
}
