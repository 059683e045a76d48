package dev.kopru.logo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxProvider;
import org.junit.jupiter.api.Test;

class ProviderTest {

    @Test
    void starts_with_the_demo_credentials_and_deterministic_turkish_data() {
        SandboxProvider provider = SandboxProvider.forVendor("logo").orElseThrow();
        assertThat(provider.defaultPort()).isEqualTo(32001);

        try (Sandbox sandbox = Sandbox.start(provider.create(7, 12), 0)) {
            LogoHttp logo = new LogoHttp(sandbox.baseUri()).login("LOGO", "LOGO", "kopru", "kopru");

            var arps = logo.get("/api/v1/Arps?withCount=true").json();
            var invoices = logo.get("/api/v1/salesInvoices?limit=1&expandLevel=full").json();
            assertThat(arps.get("totalCount").asInt()).isEqualTo(12);
            assertThat(arps.get("items").get(0).get("CODE").asText()).startsWith("120.");
            assertThat(invoices.get("items").get(0).get("TRANSACTIONS").get("items")).isNotEmpty();
            assertThat(logo.get("/api/v1/Arps?limit=1").text())
                    .isEqualTo(new LogoHttp(sandbox.baseUri()).login("LOGO", "LOGO", "kopru", "kopru")
                            .get("/api/v1/Arps?limit=1").text());
        }
    }
}
