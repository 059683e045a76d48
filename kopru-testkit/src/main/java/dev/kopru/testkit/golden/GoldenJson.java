package dev.kopru.testkit.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The matching rules of the golden fixtures (connectors/&lt;vendor&gt;/golden/README.md): numbers compare by value,
 * strings never equal numbers, member order is irrelevant, arrays keep length and order, {@code ${any}} matches any
 * non-null value and {@code ${name}} the text a test gives for {@code name}.
 */
public final class GoldenJson {

    /** Reads JSON with decimals exactly as written ({@code 1.50} stays {@code 1.50}), as the clients' mappers do. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private GoldenJson() {
    }

    /** The {@code *.json} files of {@code folder}, sorted by name. */
    public static List<Path> paths(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder.toString(), e);
        }
    }

    /** The names of {@link #paths}. */
    public static List<String> files(Path folder) {
        return paths(folder).stream().map(p -> p.getFileName().toString()).toList();
    }

    /** Asserts that {@code actual} is {@code expected}: objects have exactly the expected members (a request body). */
    public static void assertSame(String at, JsonNode expected, JsonNode actual, Map<String, String> placeholders) {
        match(at, expected, actual, placeholders, true);
    }

    /** Asserts that {@code actual} holds {@code expected}: objects may have more members (a vendor's answer). */
    public static void assertContains(String at, JsonNode expected, JsonNode actual) {
        match(at, expected, actual, Map.of(), false);
    }

    private static void match(String at, JsonNode expected, JsonNode actual, Map<String, String> placeholders,
                              boolean exactMembers) {
        String placeholder = placeholder(expected);
        if ("any".equals(placeholder)) {
            if (actual == null || actual.isNull() || actual.isMissingNode()) {
                fail("%s: expected a value, found none", at);
            }
            return;
        }
        if (actual == null) {
            fail("%s: expected %s, found nothing", at, expected);
        }
        if (placeholder != null && placeholders.containsKey(placeholder)) {
            assertThat(actual.isTextual() ? actual.asText() : actual).as(at).isEqualTo(placeholders.get(placeholder));
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as("%s is a number, was %s", at, actual).isTrue();
            assertThat(actual.decimalValue()).as(at).isEqualByComparingTo(expected.decimalValue());
        } else if (expected.isObject()) {
            assertThat(actual.isObject()).as("%s is an object, was %s", at, actual).isTrue();
            if (exactMembers) {
                assertThat(names(actual)).as(at + " fields").containsExactlyInAnyOrderElementsOf(names(expected));
            }
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                match(at + "." + member.getKey(), member.getValue(), actual.get(member.getKey()), placeholders,
                        exactMembers);
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as("%s is an array, was %s", at, actual).isTrue();
            assertThat(actual.size()).as("%s length: %s", at, actual).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                match(at + "[" + i + "]", expected.get(i), actual.get(i), placeholders, exactMembers);
            }
        } else {
            assertThat(actual).as(at).isEqualTo(expected);
        }
    }

    /** {@code name} when {@code node} is the text {@code ${name}}, else null. */
    private static String placeholder(JsonNode node) {
        String text = node.isTextual() ? node.asText() : "";
        return text.startsWith("${") && text.endsWith("}") ? text.substring(2, text.length() - 1) : null;
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
