package dev.kopru.mikro.client;

import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.List;
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
            String apiKey = GoldenExchangesTest.apiKey(GoldenExchangesTest.load(file));
            MikroClient client = new MikroClient(GoldenExchangesTest.config(sandbox.baseUri().toString(), apiKey));

            GoldenExchangesTest.SCENARIOS.get(file).accept(client);
        }
    }
}
