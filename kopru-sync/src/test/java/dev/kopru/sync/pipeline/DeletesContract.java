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
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.Link;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deletions and cancellations (issue 19): a Mikro card cancelled in Mikro ({@code cari_iptal}) is reported by the
 * connector as deleted and dealt with by the pipeline's {@code deletePolicy}: MARK and IGNORE between two Mikro
 * companies (Mikro's API cannot cancel a card: PROPAGATE asks a person), PROPAGATE from Mikro to DİA (which deletes
 * cari cards) — once.
 */
abstract class DeletesContract extends StoreContract {

    private static final int PARTIES = 4;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private MikroPair mikro;
    private MikroPair.ConnectionIds ids;
    private String name;

    @BeforeEach
    void startMikros() {
        mikro = new MikroPair(PARTIES);
        name = "deletes-" + NAMES.incrementAndGet();
        ids = MikroPair.addConnections(store, name);
    }

    @AfterEach
    void stopMikros() {
        mikro.close();
    }

    @Test
    void a_card_cancelled_on_a_marks_its_pair_under_mark_and_asks_a_person_under_propagate_between_two_mikros() {
        long marked = twoWay("MARK");
        long propagated = twoWay("PROPAGATE");
        long ignored = twoWay("IGNORE");
        for (long pipeline : List.of(marked, propagated, ignored)) {
            run(pipeline);
        }
        String code = MikroPair.parties(mikro.sourceConnector).getFirst().code();
        assertThat(((MikroSandbox) mikro.source.app()).cancelCard(code)).isTrue();
        assertThat(MikroPair.parties(mikro.sourceConnector)).extracting(Party::code).doesNotContain(code);
        mikro.target.journal().clear();

        for (long pipeline : List.of(marked, propagated, ignored)) {
            run(pipeline);
        }

        assertThat(link(marked, "A:" + code).state()).isEqualTo(Link.State.DELETED);
        assertThat(link(marked, "B:" + code).state()).isEqualTo(Link.State.DELETED);
        assertThat(link(ignored, "A:" + code).state()).isEqualTo(Link.State.ACTIVE);
        assertThat(open(marked)).isEmpty();
        assertThat(open(propagated)).singleElement().satisfies(l -> {
            assertThat(l.outcome()).isEqualTo("DeleteUnsupported");
            assertThat(l.message()).contains("cancel " + code + " there by hand");
        });
        assertThat(writes(mikro.target)).as("Mikro's API cannot cancel a card: nothing is sent").isZero();
        assertThat(mikro.targetCountsByCode()).containsEntry(code, 1L);

        // the same page read again, and B's side: nothing more happens
        for (long pipeline : List.of(marked, propagated)) {
            assertThat(run(pipeline).counts().written()).isZero();
        }
        assertThat(open(propagated)).hasSize(1);
    }

    @Test
    void a_card_cancelled_in_mikro_is_deleted_once_in_dia_under_propagate() {
        try (Sandbox dia = Sandbox.start(new DiaSandbox(DiaSandboxOptions.builder().demoSeed(5).demoSize(0)
                .build()), 0)) {
            Connector diaConnector = new DiaConnector(DiaConfig.builder().baseUrl(dia.baseUri().toString())
                    .username("ws").password("ws").apiKey("demo-api-key").firmaKodu(34).donemKodu(1).build(), 3, 1);
            long diaId = store.transaction(tx -> store.connections().add(tx, "dia", name + "-dia", "{}").id());
            long pipeline = store.transaction(tx -> store.pipelines().add(tx, new PipelineSpec(0, name + "-to-dia",
                    ids.source(), "party", diaId, "party", PipelineSpec.Mode.ONE_WAY, 10,
                    "{\"deletePolicy\": \"PROPAGATE\"}", 1)).id());
            ConnectorRegistry registry = c -> c.id() == diaId ? diaConnector : mikro.registry().connectorFor(c);
            PipelineRunner runner = new PipelineRunner(store, registry, MikroPipelineContract.TEST_POLICY);
            RunReport first = runner.run(pipeline);
            assertThat(first.state()).as(first.error()).isEqualTo(Run.State.SUCCEEDED);
            assertThat(diaCodes(diaConnector)).hasSize(PARTIES);
            String code = MikroPair.parties(mikro.sourceConnector).getFirst().code();

            ((MikroSandbox) mikro.source.app()).cancelCard(code);
            dia.journal().clear();
            RunReport deleting = runner.run(pipeline);
            RunReport again = runner.run(pipeline);

            assertThat(deleting.state()).as(deleting.error()).isEqualTo(Run.State.SUCCEEDED);
            assertThat(diaCodes(diaConnector)).hasSize(PARTIES - 1).doesNotContainKey(code);
            long deletes = dia.journal().entries().stream()
                    .filter(e -> e.body() != null && e.body().contains("_sil")).count();
            assertThat(deletes).isEqualTo(1);
            assertThat(again.counts().written()).isZero();
            assertThat(link(pipeline, code).state()).isEqualTo(Link.State.DELETED);
            System.out.println("PROOF deletes propagated (" + getClass().getSimpleName() + "): a card cancelled in"
                    + " Mikro (cari_iptal) → " + deletes + " delete sent to DİA, " + (PARTIES - 1) + " of " + PARTIES
                    + " cards left there; the next run sends none; between two Mikro companies MARK marks the pair,"
                    + " PROPAGATE leaves 1 DeleteUnsupported letter (Mikro's API cannot cancel a card), 0 writes");
        }
    }

    private long twoWay(String deletePolicy) {
        return store.transaction(tx -> store.pipelines().add(tx, new PipelineSpec(0, name + "-" + deletePolicy,
                ids.source(), "party", ids.target(), "party", PipelineSpec.Mode.TWO_WAY, 10,
                "{\"deletePolicy\": \"" + deletePolicy + "\"}", 1)).id());
    }

    private RunReport run(long pipeline) {
        RunReport report = new PipelineRunner(store, mikro.registry(), MikroPipelineContract.TEST_POLICY).run(pipeline);
        assertThat(report.state()).as(report.error()).isEqualTo(Run.State.SUCCEEDED);
        return report;
    }

    private Link link(long pipeline, String key) {
        return store.<Optional<Link>>transaction(tx -> store.links().find(tx, pipeline, key)).orElseThrow();
    }

    private List<DeadLetter> open(long pipeline) {
        return store.transaction(tx -> store.deadLetters().open(tx, pipeline));
    }

    private static long writes(Sandbox sandbox) {
        return sandbox.journal().entries().stream().filter(e -> {
            String path = e.path().toLowerCase(Locale.ROOT);
            return path.contains("carikaydetv2") || path.contains("cariguncellev2");
        }).count();
    }

    private static Map<String, Long> diaCodes(Connector dia) {
        return dia.stream(Entity.PARTY, ReadRequest.full(100)).collect(Collectors.groupingBy(Party::code,
                Collectors.counting()));
    }
}
