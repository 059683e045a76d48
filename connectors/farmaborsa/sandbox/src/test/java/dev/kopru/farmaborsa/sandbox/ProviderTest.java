package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxProvider;
import org.junit.jupiter.api.Test;

/** {@code kopru sandbox farmaborsa}: found through ServiceLoader, on port 8097, with DESIGN.md's demo account. */
class ProviderTest {

    @Test
    void is_found_by_vendor_name_with_its_port_and_demo_credentials() {
        SandboxProvider provider = SandboxProvider.forVendor("FarmaBorsa").orElseThrow();

        assertThat(provider).isInstanceOf(FarmaBorsaSandboxProvider.class);
        assertThat(provider.defaultPort()).isEqualTo(8097);
        assertThat(provider.credentials()).first().asString()
                .contains("nick demo").contains("parola demo").contains("apiKey demo-api-key");
    }

    @Test
    void starts_a_demo_sandbox_the_demo_account_can_call() {
        try (Sandbox sandbox = Sandbox.start(SandboxProvider.forVendor("farmaborsa").orElseThrow().create(3, 10), 0)) {
            FarmaBorsaHttp farma = new FarmaBorsaHttp(sandbox.baseUri());

            assertThat(farma.ok("IlanlarimListesi", FarmaBorsaHttp.credentials("demo", "demo", "demo-api-key"))
                    .get("ilanlarimList")).isNotEmpty();
            assertThat(sandbox.app().state().get("buyerOrderIntervalMs").asLong()).isEqualTo(120_000);
            assertThat(sandbox.app().state().get("rateLimit").get("enabled").asBoolean()).isTrue();
        }
    }

    @Test
    void keeps_secrets_out_of_the_options_text() {
        String text = FarmaBorsaSandboxOptions.goldenExamples().build().toString();

        assertThat(text).contains("demoeczane").doesNotContain("demo123").doesNotContain("DEMO-KEY");
    }
}
