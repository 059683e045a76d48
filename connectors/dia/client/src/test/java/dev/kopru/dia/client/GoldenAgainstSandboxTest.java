package dev.kopru.dia.client;

import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.dia.sandbox.DiaSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden scenarios again, against the DİA sandbox set up for dia.md's examples (fresh for each one): the client
 * and the sandbox, written apart from the same fixtures, understand each other. G16's stale session has no
 * counterpart on a live server, where the client's first session is a fresh one.
 */
class GoldenAgainstSandboxTest {

    static List<String> fixtures() {
        return GoldenExchangesTest.fixtures().stream().filter(f -> !f.startsWith("G16")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void the_client_and_the_sandbox_agree_on_each_golden_exchange(String file) {
        try (Sandbox sandbox = Sandbox.start(new DiaSandbox(DiaSandboxOptions.goldenExamples().build()), 0)) {
            DiaClient client = new DiaClient(GoldenExchangesTest.config(sandbox.baseUri().toString(), file));
            GoldenExchangesTest.SCENARIOS.get(file).accept(client, GoldenExchangesTest.load(file));
        }
    }
}
