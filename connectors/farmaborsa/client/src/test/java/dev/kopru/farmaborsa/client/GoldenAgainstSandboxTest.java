package dev.kopru.farmaborsa.client;

import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandbox;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden scenarios again, this time against the FarmaBorsa sandbox in the golden state (fresh for each exchange,
 * after the exchanges the README says must run first): the client and the sandbox, written apart from the same
 * fixtures, understand each other.
 */
class GoldenAgainstSandboxTest {

    /** What must have happened before an exchange (golden/README.md, "runs after"). */
    private static final Map<String, List<String>> RUNS_AFTER = Map.of(
            "G02-product-request-status.json", List.of("G02-listing-create-product-request.json"),
            "G08-cargo-link.json", List.of("G06-order-confirm.json"),
            "G09-buyer-open-orders.json", List.of("G06-order-confirm.json", "G08-invoice-url.json"));

    static List<String> fixtures() {
        return GoldenExchangesTest.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void the_sandbox_answers_each_golden_request_as_its_fixture_says(String file) {
        FarmaBorsaSandboxOptions.Builder options = FarmaBorsaSandboxOptions.goldenExamples();
        boolean rateLimited = file.startsWith("G10");
        if (rateLimited) {
            options.rateLimit(FarmaBorsaSandboxOptions.RateLimit.vendorDefault());
        }
        try (Sandbox sandbox = Sandbox.start(new FarmaBorsaSandbox(options.build()), 0)) {
            String url = sandbox.baseUri().toString();
            for (String before : RUNS_AFTER.getOrDefault(file, List.of())) {
                GoldenExchangesTest.SCENARIOS.get(before)
                        .accept(new FarmaBorsaClient(GoldenExchangesTest.config(url, GoldenExchangesTest.load(before))));
            }
            FarmaBorsaClient client = new FarmaBorsaClient(GoldenExchangesTest.config(url, GoldenExchangesTest.load(file)));
            if (rateLimited) {
                for (int i = 0; i < 10; i++) {
                    client.ilanlarimListesi(IlanDurumu.AKTIF); // the vendor's 10 a minute, used up
                }
            }

            GoldenExchangesTest.SCENARIOS.get(file).accept(client);
        }
    }
}
