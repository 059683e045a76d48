package dev.kopru.wiradius.client;

import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.wiradius.sandbox.WiradiusSandbox;
import dev.kopru.wiradius.sandbox.WiradiusSandboxOptions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden scenarios again, against the sandbox holding the golden examples' records: the client and the sandbox,
 * written apart from the same fixtures, understand each other.
 */
class GoldenAgainstSandboxTest {

    static List<String> fixtures() {
        return GoldenExchangesTest.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void the_client_reads_the_sandboxs_answer_to_each_golden_request(String file) {
        try (Sandbox sandbox = Sandbox.start(new WiradiusSandbox(WiradiusSandboxOptions.goldenExamples().build()), 0)) {
            String uniqCode = GoldenExchangesTest.uniqCode(GoldenExchangesTest.load(file));
            GoldenExchangesTest.SCENARIOS.get(file).accept(
                    GoldenExchangesTest.client(sandbox.baseUri().toString(), uniqCode));
        }
    }
}
