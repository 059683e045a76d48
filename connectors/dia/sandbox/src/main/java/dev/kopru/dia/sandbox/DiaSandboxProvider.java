package dev.kopru.dia.sandbox;

import dev.kopru.testkit.sandbox.SandboxApp;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.util.List;

/** Lets {@code kopru sandbox dia} and the demo start this sandbox with DESIGN.md's demo credentials. */
public final class DiaSandboxProvider implements SandboxProvider {

    @Override
    public String vendor() {
        return "dia";
    }

    @Override
    public int defaultPort() {
        return 8095;
    }

    @Override
    public SandboxApp create(long seed, int records) {
        return new DiaSandbox(DiaSandboxOptions.builder().demoSeed(seed).demoSize(records).build());
    }

    @Override
    public List<String> credentials() {
        return List.of("login (POST /api/v3/sis/json): username ws, password ws, params.apikey demo-api-key",
                "then every call: firma_kodu 34, donem_kodu 1");
    }
}
