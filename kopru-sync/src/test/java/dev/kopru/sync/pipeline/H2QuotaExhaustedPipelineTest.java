package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Connector;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A target whose account runs out of credit mid-run (DİA's kontör, CREDIT_ERROR): the run stops with the vendor's
 * words instead of dead-lettering every remaining record, and once the account is topped up the next run finishes the
 * copy with every party exactly once.
 */
@ExtendWith(H2InMemoryStore.class)
class H2QuotaExhaustedPipelineTest extends StoreContract {

    private static final int PARTIES = 12;
    private static final BigDecimal FIVE_CALLS = new BigDecimal("0.0625");

    @Test
    void a_target_out_of_credit_stops_the_run_without_dead_letters_and_the_next_run_finishes_the_copy() {
        // DİA to DİA cari cards: the tax office travels as a link by kod into the other firm's table
        DiaSandbox diaApp = DiaFirms.sandbox(5, 0);
        try (Sandbox origin = Sandbox.start(DiaFirms.sandbox(11, PARTIES), 0);
             Sandbox dia = Sandbox.start(diaApp, 0)) {
            Connector source = DiaFirms.connector(origin);
            Connector target = DiaFirms.connector(dia);
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
            assertThat(starved.quotaExhausted()).startsWith("kontör bitti").contains("Yetersiz kontör");
            assertThat(store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipelineId))).isEmpty();

            diaApp.kontor(new BigDecimal("1000"));
            long createdBefore = DiaFirms.partiesByCode(target).size();
            assertThat(createdBefore).isLessThan(PARTIES);
            RunReport topped = runner.run(pipelineId);

            assertThat(topped.state()).isEqualTo(Run.State.SUCCEEDED);
            Map<String, Long> counts = DiaFirms.partiesByCode(target);
            assertThat(counts).hasSize(PARTIES);
            assertThat(counts.values()).allMatch(n -> n == 1);
            System.out.println("PROOF quota exhausted: first run " + starved.state() + " after " + createdBefore
                    + " of " + PARTIES + " parties, 0 dead letters; after the top-up " + topped.state() + ", "
                    + counts.size() + " parties, none twice");
        }
    }
}
