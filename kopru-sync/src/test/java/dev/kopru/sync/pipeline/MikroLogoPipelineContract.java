package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.Party;
import dev.kopru.mikro.MikroConnector;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.RunCounts;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Moving between ERPs: a Mikro company's cari cards and stock cards → an empty Logo firm's Arps and items, one-way
 * pipelines without a mapping (the canonical party and item carry across), on the store a subclass provides. Every
 * card must be in Logo once, counted from Logo's own tables, and a re-run writes nothing.
 */
abstract class MikroLogoPipelineContract extends StoreContract {

    private static final int DEMO_SIZE = 30;
    private static final AtomicInteger NAMES = new AtomicInteger();

    Sandbox mikro;
    Connector mikroConnector;
    LogoFirm logo;
    List<Long> pipelines;

    /** The database's name in the printed proof. */
    abstract String database();

    @BeforeEach
    void startVendors() {
        mikro = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(23).demoSize(DEMO_SIZE)
                .build()), 0);
        mikroConnector = new MikroConnector(MikroPair.config(mikro), DocumentSettings.defaults());
        logo = new LogoFirm(23, 0);
        String name = "mikro-logo-" + NAMES.incrementAndGet();
        long source = store.transaction(tx -> store.connections().add(tx, "mikro", name + "-mikro", "{}").id());
        long target = LogoFirm.addConnection(store, name);
        pipelines = store.transaction(tx -> List.of(
                store.pipelines().add(tx, PipelineSpec.oneWay(name + "-parties", source, target, "party", 7)).id(),
                store.pipelines().add(tx, PipelineSpec.oneWay(name + "-items", source, target, "item", 7)).id()));
    }

    @AfterEach
    void stopVendors() {
        mikroConnector.close();
        mikro.close();
        logo.close();
    }

    private List<RunReport> runAll() {
        PipelineRunner runner = new PipelineRunner(store, logo.registryWith(mikroConnector),
                MikroPipelineContract.TEST_POLICY, WriteHooks.NONE);
        return pipelines.stream().map(runner::run).toList();
    }

    @Test
    void moves_mikro_cards_into_logo_once_under_faults_and_lost_answers_and_a_rerun_writes_nothing() {
        List<Party> parties = mikroConnector.stream(Entity.PARTY, ReadRequest.full(100)).toList();
        List<Item> items = mikroConnector.stream(Entity.ITEM, ReadRequest.full(100)).toList();
        // 10 % of calls fail (5 % answered 500, 5 % reset) and 5 % of writes lose their answer after committing
        logo.sandbox.faults().seed(29).errorRate(0.05).resetRate(0.05).loseResponseRate(0.05);

        List<RunReport> faulted = runAll();
        Map<String, Long> faults = logo.faults();
        logo.sandbox.faults().clear();
        List<RunReport> again = runAll();

        Map<String, Long> arps = logo.cardsByCode();
        Map<String, Long> cards = logo.itemsByCode();
        long partiesLost = parties.stream().filter(p -> !arps.containsKey(p.code())).count();
        long itemsLost = items.stream().filter(i -> !cards.containsKey(i.code())).count();
        System.out.println("PROOF Mikro cards → Logo (" + database() + "): faults injected " + faults + "; cari cards "
                + parties.size() + " → Logo Arps " + arps.size() + " (lost " + partiesLost + ", duplicated "
                + LogoFirm.twice(arps) + "), stock cards " + items.size() + " → Logo items " + cards.size()
                + " (lost " + itemsLost + ", duplicated " + LogoFirm.twice(cards) + "); runs " + counts(faulted)
                + "; re-run writes " + again.stream().mapToLong(r -> r.counts().written()).sum());

        assertThat(parties).isNotEmpty();
        assertThat(items).isNotEmpty();
        assertThat(faults).containsKey("lost-response");
        assertThat(faults.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(5);
        assertThat(faulted).allSatisfy(run -> {
            assertThat(run.state().name()).as("run %s", run).isEqualTo("SUCCEEDED");
            assertThat(run.counts().failed()).as("run %s", run).isZero();
        });
        assertThat(faulted.stream().mapToLong(r -> r.counts().inDoubtResolved()).sum()).isPositive();
        assertThat(List.of(partiesLost, LogoFirm.twice(arps), itemsLost, LogoFirm.twice(cards))).containsOnly(0L);
        assertThat(arps).hasSize(parties.size());
        assertThat(cards).hasSize(items.size());
        for (int i = 0; i < again.size(); i++) {
            assertThat(again.get(i).counts().failed()).as("re-run %s", again.get(i)).isZero();
            assertThat(again.get(i).counts().written()).as("re-run %s writes only what was left in doubt",
                    again.get(i)).isEqualTo(faulted.get(i).counts().inDoubt());
        }
    }

    private static List<RunCounts> counts(List<RunReport> runs) {
        return runs.stream().map(RunReport::counts).toList();
    }
}
