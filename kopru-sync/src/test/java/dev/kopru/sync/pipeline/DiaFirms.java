package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.model.Party;
import dev.kopru.dia.DiaConnector;
import dev.kopru.dia.client.DiaConfig;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.dia.sandbox.DiaSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.Map;
import java.util.stream.Collectors;

/** DİA firms on sandboxes of their own, as the engine's tests use them (the sandbox's demo credentials). */
final class DiaFirms {

    private DiaFirms() {
    }

    /** A sandbox holding {@code parties} demo cari cards (and no other demo records when 0). */
    static DiaSandbox sandbox(int seed, int parties) {
        return new DiaSandbox(DiaSandboxOptions.builder().demoSeed(seed).demoSize(parties).build());
    }

    static Connector connector(Sandbox sandbox) {
        return new DiaConnector(DiaConfig.builder().baseUrl(sandbox.baseUri().toString()).username("ws")
                .password("ws").apiKey("demo-api-key").firmaKodu(34).donemKodu(1).build(), 3, 1);
    }

    /** How many cari cards the firm holds per code. */
    static Map<String, Long> partiesByCode(Connector connector) {
        return MikroPair.parties(connector).stream()
                .collect(Collectors.groupingBy(Party::code, Collectors.counting()));
    }
}
