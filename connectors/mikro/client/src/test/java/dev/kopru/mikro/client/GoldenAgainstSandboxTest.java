package dev.kopru.mikro.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden scenarios again, this time against the Mikro sandbox set up as mikro.md §10 says (fresh for each
 * exchange, so that no write of one shows in another): the client and the sandbox, written apart from the same
 * fixtures, understand each other.
 */
class GoldenAgainstSandboxTest {

    static List<String> fixtures() {
        return GoldenExchangesTest.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void the_sandbox_answers_each_golden_request_as_its_fixture_says(String file) {
        try (Sandbox sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples().build()), 0)) {
            MikroClient client = new MikroClient(
                    GoldenExchangesTest.config(GoldenExchangesTest.load(file), sandbox.baseUri().toString()));

            GoldenExchangesTest.SCENARIOS.get(file).accept(client);
        }
    }

    @Test
    void reads_the_first_inferred_write_reply_too_a_bare_array_with_error_message_null() {
        try (Sandbox sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples()
                .inferredReplies(true).build()), 0)) {
            MikroClient client = new MikroClient(GoldenExchangesTest.config(
                    GoldenExchangesTest.load("G06-invoice-create-v2.json"), sandbox.baseUri().toString()));

            assertThat(client.faturaKaydetV2(List.of(GoldenRecords.fatura("120.01.001")))).singleElement()
                    .satisfies(saved -> {
                        assertThat(saved.seri()).contains("ALP");
                        assertThat(saved.sira()).contains(1);
                        assertThat(saved.guid()).isPresent();
                    });
        }
    }
}
