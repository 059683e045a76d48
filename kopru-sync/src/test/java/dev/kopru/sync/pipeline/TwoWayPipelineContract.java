package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.Party;
import dev.kopru.sync.store.ConflictPolicy;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mikro parties kept in step between two Mikro companies (issue 5, pipeline 3), on the store a subclass provides.
 * A starts with demo parties, B with a few parties of its own; what was sent is checked in the sandboxes' request
 * journals (a create is CariKaydetV2, an update CariGuncelleV2).
 */
abstract class TwoWayPipelineContract extends StoreContract {

    private static final int PARTIES_ON_A = 6;
    private static final int PARTIES_ON_B = 3;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private MikroPair mikro;
    private long aId;
    private long bId;
    private String name;
    private ConnectorRegistry registry;




    @BeforeEach
    void startMikros() {
        mikro = new MikroPair(PARTIES_ON_A);
        // B's own cards: copies of A's first ones under other codes (demo codes are the same in every company)
        for (Party p : MikroPair.parties(a()).subList(0, PARTIES_ON_B)) {
            String code = "B" + p.code();
            b().create(Entity.PARTY, new Party(code, code, p.name() + " (B)", p.role(), p.taxId(), p.taxOffice(),
                    p.address(), p.email(), p.phone(), p.currency(), p.eInvoiceTaxpayer(), p.active(), null));
        }
        name = "two-way-" + NAMES.incrementAndGet();
        MikroPair.ConnectionIds ids = MikroPair.addConnections(store, name);
        aId = ids.source();
        bId = ids.target();
        registry = mikro.registry();
    }

    @AfterEach
    void stopMikros() {
        mikro.close();
    }

    @Test
    void the_first_run_gives_both_sides_the_union_once_and_the_second_sends_nothing() {
        long pipeline = pipeline(ConflictPolicy.deadLetter());
        RunReport first = run(pipeline);
        assertThat(first.counts().written()).isEqualTo(PARTIES_ON_A + PARTIES_ON_B);
        assertBothSidesHoldTheUnionOnce();

        clearJournals();
        RunReport second = run(pipeline);
        assertThat(second.counts().written()).isZero();
        assertThat(second.counts().failed()).isZero();
        assertThat(writes(mikro.source)).isEmpty();
        assertThat(writes(mikro.target)).isEmpty();
        assertBothSidesHoldTheUnionOnce();
    }

    @Test
    void a_change_on_a_reaches_b_and_is_not_sent_back() {
        long pipeline = pipeline(ConflictPolicy.deadLetter());
        run(pipeline);
        Party before = byCode(a()).values().iterator().next();
        a().update(Entity.PARTY, before.code(), renamed(before, "Yeni Unvan A.Ş."));

        clearJournals();
        run(pipeline);
        assertThat(byCode(b()).get(before.code()).name()).isEqualTo("Yeni Unvan A.Ş.");
        assertThat(writes(mikro.target)).hasSize(1).allMatch(e -> e.path().toLowerCase(Locale.ROOT)
                .contains("cariguncellev2"));
        assertThat(writes(mikro.source)).as("the change read back from B is our echo").isEmpty();

        clearJournals();
        run(pipeline);
        assertThat(writes(mikro.source)).isEmpty();
        assertThat(writes(mikro.target)).isEmpty();
    }

    @Test
    void a_conflict_under_source_wins_leaves_a_s_version_on_both_sides() {
        Party p = conflictUnder(ConflictPolicy.sourceWins());
        assertThat(byCode(a()).get(p.code()).name()).isEqualTo("Unvan A");
        assertThat(byCode(b()).get(p.code()).name()).isEqualTo("Unvan A");
    }

    @Test
    void a_conflict_under_target_wins_leaves_b_s_version_on_both_sides() {
        Party p = conflictUnder(ConflictPolicy.targetWins());
        assertThat(byCode(a()).get(p.code()).name()).isEqualTo("Unvan B");
        assertThat(byCode(b()).get(p.code()).name()).isEqualTo("Unvan B");
    }

    @Test
    void a_conflict_under_newest_wins_goes_to_the_later_change() {
        // B changes first, A second: A is newer, or (where change dates have day resolution) tied, and a tie goes to A
        Party p = conflict(pipeline(ConflictPolicy.newestWins()), false);
        assertThat(byCode(a()).get(p.code()).name()).isEqualTo("Unvan A");
        assertThat(byCode(b()).get(p.code()).name()).isEqualTo("Unvan A");
    }

    @Test
    void a_conflict_under_newest_wins_never_goes_to_the_older_change() {
        // A changes first, B second: the sandbox stamps changes to the millisecond and the two updates are separate
        // HTTP round trips, so B is strictly newer
        long pipeline = pipeline(ConflictPolicy.newestWins());
        Party p = conflict(pipeline, true);
        assertThat(byCode(a()).get(p.code()).name()).isEqualTo("Unvan B");
        assertThat(byCode(b()).get(p.code()).name()).isEqualTo("Unvan B");
    }

    @Test
    void a_conflict_under_dead_letter_changes_neither_side_and_leaves_one_dead_letter_with_both_versions() {
        long pipeline = pipeline(ConflictPolicy.deadLetter());
        Party p = conflict(pipeline, true);
        assertThat(byCode(a()).get(p.code()).name()).isEqualTo("Unvan A");
        assertThat(byCode(b()).get(p.code()).name()).isEqualTo("Unvan B");
        List<DeadLetter> letters = store.transaction(tx -> store.deadLetters().open(tx, pipeline));
        assertThat(letters).hasSize(1);
        assertThat(letters.getFirst().outcome()).isEqualTo("Conflict");
        assertThat(letters.getFirst().sourceRecord()).contains("Unvan A").contains("Unvan B");

        // a person settles it by making both sides agree: the next run links them, writes nothing, closes the letter
        b().update(Entity.PARTY, p.code(), renamed(byCode(b()).get(p.code()), "Unvan A"));
        clearJournals();
        run(pipeline);
        assertThat(writes(mikro.source)).isEmpty();
        assertThat(writes(mikro.target)).isEmpty();
        assertThat(store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipeline))).isEmpty();
    }

    private Party conflictUnder(ConflictPolicy policy) {
        return conflict(pipeline(policy), true);
    }

    /** Syncs, renames one party on both sides ({@code aFirst}: A before B), clears the journals and runs again. */
    private Party conflict(long pipeline, boolean aFirst) {
        run(pipeline);
        Party p = byCode(a()).values().iterator().next();
        Party onB = byCode(b()).get(p.code());
        if (aFirst) {
            a().update(Entity.PARTY, p.code(), renamed(p, "Unvan A"));
            b().update(Entity.PARTY, p.code(), renamed(onB, "Unvan B"));
        } else {
            b().update(Entity.PARTY, p.code(), renamed(onB, "Unvan B"));
            a().update(Entity.PARTY, p.code(), renamed(p, "Unvan A"));
        }
        clearJournals();
        RunReport report = run(pipeline);
        assertThat(report.state()).isEqualTo(Run.State.SUCCEEDED);
        return p;
    }

    private long pipeline(ConflictPolicy policy) {
        return store.transaction(tx -> store.pipelines().add(tx, PipelineSpec.twoWay(name + "-"
                + policy.rule(), aId, bId, "party", 4, policy)).id());
    }

    private RunReport run(long pipeline) {
        RunReport report = new PipelineRunner(store, registry, MikroPipelineContract.TEST_POLICY).run(pipeline);
        assertThat(report.state()).as(report.error()).isEqualTo(Run.State.SUCCEEDED);
        return report;
    }

    private void assertBothSidesHoldTheUnionOnce() {
        Map<String, Long> onA = countsByCode(a());
        Map<String, Long> onB = countsByCode(b());
        assertThat(onA).hasSize(PARTIES_ON_A + PARTIES_ON_B).isEqualTo(onB);
        assertThat(onA.values()).allMatch(n -> n == 1);
    }

    private static Map<String, Long> countsByCode(Connector c) {
        return MikroPair.parties(c).stream().collect(Collectors.groupingBy(Party::code, Collectors.counting()));
    }

    private static Map<String, Party> byCode(Connector c) {
        return MikroPair.parties(c).stream().collect(Collectors.toMap(Party::code, Function.identity(),
                (x, y) -> x, java.util.TreeMap::new));
    }

    private static List<RequestJournal.Entry> writes(Sandbox sandbox) {
        return sandbox.journal().entries().stream().filter(e -> {
            String path = e.path().toLowerCase(Locale.ROOT);
            return path.contains("carikaydetv2") || path.contains("cariguncellev2");
        }).toList();
    }

    private void clearJournals() {
        mikro.source.journal().clear();
        mikro.target.journal().clear();
    }

    private static Party renamed(Party p, String name) {
        return new Party(p.key(), p.code(), name, p.role(), p.taxId(), p.taxOffice(), p.address(), p.email(),
                p.phone(), p.currency(), p.eInvoiceTaxpayer(), p.active(), p.changedAt());
    }

    private Connector a() {
        return mikro.sourceConnector;
    }

    private Connector b() {
        return mikro.targetConnector;
    }
}
