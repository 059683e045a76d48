package dev.kopru.logo.sandbox;

import dev.kopru.testkit.sandbox.SandboxApp;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.util.List;

/** Lets {@code kopru sandbox logo} and the demo start this sandbox with DESIGN.md's demo credentials. */
public final class LogoSandboxProvider implements SandboxProvider {

    @Override
    public String vendor() {
        return "logo";
    }

    @Override
    public int defaultPort() {
        return 32001;
    }

    @Override
    public SandboxApp create(long seed, int records) {
        return new LogoSandbox(LogoSandboxOptions.builder().demoSeed(seed).demoSize(records).build());
    }

    @Override
    public List<String> credentials() {
        return List.of("POST api/v1/token, form grant_type=password, username LOGO, password LOGO, Firmno 1",
                "client credentials (HTTP Basic on the token request): kopru:kopru");
    }
}
