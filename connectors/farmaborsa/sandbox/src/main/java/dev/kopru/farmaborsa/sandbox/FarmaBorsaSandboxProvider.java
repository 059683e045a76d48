package dev.kopru.farmaborsa.sandbox;

import dev.kopru.testkit.sandbox.SandboxApp;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.time.Duration;
import java.util.List;

/**
 * Lets {@code kopru sandbox farmaborsa} and the demo start this sandbox with DESIGN.md's demo account, the vendor's
 * rate limit on, and a simulated buyer ordering every two minutes.
 */
public final class FarmaBorsaSandboxProvider implements SandboxProvider {

    /** How often the demo's simulated buyer orders from the demo account. */
    static final Duration DEMO_ORDER_INTERVAL = Duration.ofMinutes(2);

    @Override
    public String vendor() {
        return "farmaborsa";
    }

    @Override
    public int defaultPort() {
        return 8097;
    }

    @Override
    public SandboxApp create(long seed, int records) {
        return new FarmaBorsaSandbox(FarmaBorsaSandboxOptions.builder().demoSeed(seed).demoSize(records)
                .buyerOrderInterval(DEMO_ORDER_INTERVAL).build());
    }

    @Override
    public List<String> credentials() {
        return List.of(
                "in every JSON body: nick demo, parola demo, apiKey demo-api-key (POST /api/Entegre/<operation>)",
                "rate limit: 10 requests a minute per apiKey, answered with HTTP 429"
                        + " (PUT /_sandbox/farmaborsa/rate-limit {\"enabled\":false} turns it off)",
                "a simulated buyer orders every 2 minutes (POST /_sandbox/farmaborsa/orders {\"count\":5} orders now)");
    }
}
