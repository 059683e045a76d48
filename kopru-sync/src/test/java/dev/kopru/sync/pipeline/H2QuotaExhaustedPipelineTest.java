package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Party;
import dev.kopru.dia.DiaConnector;
import dev.kopru.dia.client.DiaConfig;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.dia.sandbox.DiaSandboxOptions;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.StoreConfig;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A target whose account runs out of credit mid-run (DİA's kontör, CREDIT_ERROR): the run stops with the vendor's
 * words instead of dead-lettering every remaining record, and once the account is topped up the next run finishes the
 * copy with every party exactly once.
 */
class H2QuotaExhaustedPipelineTest extends StoreContract {

    private static final int PARTIES = 12;
    private static final BigDecimal FIVE_CALLS = new BigDecimal("0.0625");

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.h2InMemory("quota-" + System.nanoTime());
    }

    @Test
    void a_target_out_of_credit_stops_the_run_without_dead_letters_and_the_next_run_finishes_the_copy() {
        // DİA to DİA cari cards: the tax office travels as a link by kod into the other firm's table
        DiaSandbox diaApp = new DiaSandbox(DiaSandboxOptions.builder().demoSeed(5).demoSize(0).build());
        try (Sandbox origin = Sandbox.start(new DiaSandbox(DiaSandboxOptions.builder().demoSeed(11)
                .demoSize(PARTIES).build()), 0);
             Sandbox dia = Sandbox.start(diaApp, 0)) {
            Connector source = dia(origin);
            Connector target = dia(dia);
            long pipelineId = store.transaction(tx -> {
                long from = store.connections().add(tx, "dia", "quota-source", "{}").id();
                long to = store.connections().add(tx, "dia", "quota-target", "{}").id();
                return store.pipelines().add(tx, PipelineSpec.oneWay("quota", from, to, "party", 4)).id();
            });
            ConnectorRegistry registry = c -> c.name().endsWith("source") ? source : target;
            PipelineRunner runner = new PipelineRunner(store, registry, MikroPipelineContract.TEST_POLICY);

            diaApp.kontor(FIVE_CALLS);
            RunReport starved = runner.run(pipelineId);

            assertThat(starved.state()).isEqualTo(Run.State.FAILED);
            assertThat(starved.error()).contains("QuotaExhausted", "CREDIT_ERROR");
            assertThat(store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipelineId))).isEmpty();

            diaApp.kontor(new BigDecimal("1000"));
            long createdBefore = partiesByCode(target).size();
            assertThat(createdBefore).isLessThan(PARTIES);
            RunReport topped = runner.run(pipelineId);

            assertThat(topped.state()).isEqualTo(Run.State.SUCCEEDED);
            Map<String, Long> counts = partiesByCode(target);
            assertThat(counts).hasSize(PARTIES);
            assertThat(counts.values()).allMatch(n -> n == 1);
            System.out.println("PROOF quota exhausted: first run " + starved.state() + " after " + createdBefore
                    + " of " + PARTIES + " parties, 0 dead letters; after the top-up " + topped.state() + ", "
                    + counts.size() + " parties, none twice");
        }
    }

    private static Connector dia(Sandbox sandbox) {
        return new DiaConnector(DiaConfig.builder().baseUrl(sandbox.baseUri().toString()).username("ws")
                .password("ws").apiKey("demo-api-key").firmaKodu(34).donemKodu(1).build(), 3, 1);
    }

    private static Map<String, Long> partiesByCode(Connector target) {
        return target.stream(Entity.PARTY, new ReadRequest(Optional.empty(), 100, Map.of()))
                .collect(Collectors.groupingBy(Party::code, Collectors.counting()));
    }
}
