package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.input.ConflictException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.core.model.Party;
import dev.kopru.mikro.client.CariKaydi;
import dev.kopru.sync.store.ConflictPolicy;
import dev.kopru.sync.store.Cursors;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.write.WriteResult;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mikro parties kept in step between two Mikro companies (issue 5, pipeline 3), on the store a subclass provides.
 * A starts with demo parties, B with a few parties of its own; what was sent is checked in the sandboxes' request
 * journals (a create is CariKaydetV2, an update CariGuncelleV2).
 */
abstract class TwoWayPipelineContract extends StoreContract {

    private static final int PARTIES_ON_A = 6;
    private static final int PARTIES_ON_B = 3;
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final int KILLS = 8;
    private static final int MAX_LIVES = 40;

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

    @Test
    void a_first_run_pairs_cards_both_sides_hold_by_code_turkish_casing_included_and_reports_those_that_differ() {
        List<Party> onA = MikroPair.parties(a());
        Party same1 = onA.get(3);
        Party same2 = onA.get(4);
        Party differs = onA.get(5);
        b().create(Entity.PARTY, same1);
        b().create(Entity.PARTY, same2);
        b().create(Entity.PARTY, renamed(differs, differs.name() + " (B)"));
        // one card under a code whose casing differs by Turkish rules: i ↔ İ (ROOT would make it I)
        Party istanbul = onA.get(0).toBuilder().key("120.istanbul").code("120.istanbul").build();
        a().create(Entity.PARTY, istanbul);
        b().create(Entity.PARTY, istanbul.toBuilder().key("120.İSTANBUL").code("120.İSTANBUL").build());
        long pipeline = pipeline(ConflictPolicy.deadLetter());
        clearJournals();

        RunReport first = run(pipeline);

        assertThat(creates(mikro.target)).as("A's cards B does not hold").isEqualTo(3);
        assertThat(creates(mikro.source)).as("B's own cards").isEqualTo(PARTIES_ON_B);
        assertThat(writes(mikro.source).size() + writes(mikro.target).size()).isEqualTo(3 + PARTIES_ON_B);
        List<DeadLetter> conflicts = store.transaction(tx -> store.deadLetters().open(tx, pipeline));
        assertThat(conflicts).extracting(DeadLetter::sourceKey)
                .containsExactlyInAnyOrder("A:" + differs.code(), "A:120.istanbul");
        assertThat(conflicts).allSatisfy(l -> assertThat(l.outcome()).isEqualTo("Conflict"));
        assertThat(countsByCode(b())).doesNotContainKey("120.istanbul").containsEntry("120.İSTANBUL", 1L)
                .allSatisfy((code, n) -> assertThat(n).isEqualTo(1));
        assertThat(countsByCode(a())).doesNotContainKey("120.İSTANBUL")
                .allSatisfy((code, n) -> assertThat(n).isEqualTo(1));
        assertThat(store.<java.util.Optional<dev.kopru.sync.store.Link>>transaction(tx -> store.links().find(tx, pipeline,
                "A:" + same1.code()))).get()
                .extracting(l -> l.targetKey()).isEqualTo(same1.code());
        System.out.println("PROOF two-way first-run matches (" + getClass().getSimpleName() + "): 4 cards both"
                + " Mikro companies held (one only under Turkish casing, 120.istanbul = 120.İSTANBUL) paired without a"
                + " write: 2 the same, 2 reported as conflicts (" + conflicts.size() + " dead letters); "
                + first.counts().written() + " cards created for the rest, 0 duplicates");

        clearJournals();
        RunReport second = run(pipeline);
        assertThat(second.counts().written()).isZero();
        assertThat(writes(mikro.source)).isEmpty();
        assertThat(writes(mikro.target)).isEmpty();
        assertThat(store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipeline))).hasSize(2);
    }

    @Test
    void a_first_run_pair_that_differs_takes_a_s_version_under_source_wins_without_a_second_card() {
        Party differs = MikroPair.parties(a()).get(3);
        b().create(Entity.PARTY, renamed(differs, "Unvan B"));
        long pipeline = pipeline(ConflictPolicy.sourceWins());
        clearJournals();

        run(pipeline);

        assertThat(byCode(b()).get(differs.code()).name()).isEqualTo(differs.name());
        assertThat(creates(mikro.target)).isEqualTo(PARTIES_ON_A - 1);
        assertThat(writes(mikro.target)).filteredOn(e -> e.path().toLowerCase(Locale.ROOT).contains("cariguncellev2"))
                .hasSize(1);
        assertBothSidesHoldTheUnionOnce();
    }

    @Test
    void a_two_way_dead_letter_is_replayed_from_its_side_exactly_once() {
        // Mikro stores any tax number; the connector refuses an invalid VKN before sending it to B
        String code = "120.99.00001";
        mikro.sourceClient().cariKaydetV2(List.of(new CariKaydi(null, code, "Hatalı Vergi No Ltd. Şti.", null,
                "KONAK", "1234567891", 0, 255, 255, null, null, null, null, null)));
        long pipeline = pipeline(ConflictPolicy.deadLetter());
        run(pipeline);
        DeadLetter letter = store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipeline))
                .getFirst();
        assertThat(letter.sourceKey()).isEqualTo("A:" + code);
        assertThat(letter.outcome()).isEqualTo("Validation");

        a().update(Entity.PARTY, code, a().get(Entity.PARTY, code).orElseThrow().toBuilder().taxId("1234567890")
                .build());
        clearJournals();
        DeadLetterReplay replay = new DeadLetterReplay(runner());
        assertThat(replay.replay(pipeline, letter.id()).result()).get().isInstanceOf(WriteResult.Created.class);
        assertThatThrownBy(() -> replay.replay(pipeline, letter.id())).isInstanceOf(ConflictException.class);
        assertThat(replay.replayAll(pipeline)).isEmpty();
        RunReport after = run(pipeline);

        assertThat(after.counts().written()).isZero();
        assertThat(creates(mikro.target)).isEqualTo(1);
        assertThat(writes(mikro.source)).isEmpty();
        assertThat(countsByCode(b())).containsEntry(code, 1L);
        assertThat(byCode(b()).get(code).taxId()).isEqualTo("1234567890");
    }

    @Test
    void state_is_reset_and_set_per_side() {
        long pipeline = pipeline(ConflictPolicy.deadLetter());
        run(pipeline);
        PipelineState state = new PipelineState(runner());
        String cursorA = cursor(pipeline, Cursors.Side.SOURCE).orElseThrow();
        String cursorB = cursor(pipeline, Cursors.Side.TARGET).orElseThrow();

        state.reset(pipeline, Cursors.Side.TARGET);
        assertThat(cursor(pipeline, Cursors.Side.SOURCE)).contains(cursorA);
        assertThat(cursor(pipeline, Cursors.Side.TARGET)).isEmpty();
        clearJournals();
        RunReport reread = run(pipeline);
        assertThat(reread.counts().read()).isGreaterThanOrEqualTo(PARTIES_ON_A + PARTIES_ON_B);
        assertThat(reread.counts().written()).isZero();

        state.setCursor(pipeline, Cursors.Side.TARGET, new dev.kopru.core.connector.Cursor(cursorB));
        assertThat(cursor(pipeline, Cursors.Side.TARGET)).contains(cursorB);
        long oneWay = store.transaction(tx -> store.pipelines().add(tx, PipelineSpec.oneWay(name + "-one-way", aId,
                bId, "party", 4)).id());
        assertThatThrownBy(() -> state.reset(oneWay, Cursors.Side.TARGET)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("one-way");
    }

    @Test
    void loses_and_duplicates_nothing_two_way_when_both_sides_fail_and_drop_responses() {
        mikro.source.faults().seed(3).loseNextWrites(1).loseResponseRate(0.2).errorRate(0.1);
        mikro.target.faults().seed(5).loseNextWrites(1).loseResponseRate(0.2).errorRate(0.1);
        long pipeline = pipeline(ConflictPolicy.deadLetter());
        int runs = 0;
        long resolved = 0;
        RunReport last;
        do {
            last = runner().run(pipeline);
            resolved += last.counts().inDoubtResolved();
            runs++;
        } while (runs < 10 && (last.state() != Run.State.SUCCEEDED || !store.transaction(tx ->
                store.intents().unresolved(tx, pipeline)).isEmpty()));
        mikro.source.faults().clear();
        mikro.target.faults().clear();
        run(pipeline);

        assertBothSidesHoldTheUnionOnce();
        assertThat(resolved).as("lost write responses found by code, not sent again").isGreaterThanOrEqualTo(2);
        assertThat(store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipeline))).isEmpty();
        assertThat(store.<List<dev.kopru.sync.store.Intent>>transaction(tx -> store.intents().unresolved(tx,
                pipeline))).isEmpty();
        System.out.println("PROOF two-way under faults (" + getClass().getSimpleName() + "): both Mikro companies"
                + " failing 10 % of calls with HTTP 500 and dropping 20 % of write responses; after " + runs
                + " run(s) each holds the union of " + (PARTIES_ON_A + PARTIES_ON_B) + " cards once: 0 lost,"
                + " 0 duplicated, 0 dead letters; " + resolved + " creates whose response was lost found by code");
    }

    /**
     * Engine processes ({@link EngineMain}) running the two-way pipeline are killed with SIGKILL, half right after a
     * create (before its link and mirror link commit), half at a random moment; when a life finishes, both sides get
     * new cards. Afterwards both sides hold the union once, every intent resolved.
     */
    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void engine_processes_killed_with_sigkill_mid_run_leave_both_sides_with_the_union_once() throws Exception {
        Random random = new Random(20261205);
        long pipeline = pipeline(ConflictPolicy.deadLetter());
        int kills = 0;
        int lives = 0;
        int added = 0;
        boolean done = false;
        while (!done || kills < KILLS) {
            if (done) {
                for (Connector side : List.of(a(), b())) {
                    Party template = MikroPair.parties(side).getFirst();
                    String code = (side == a() ? "120.KA." : "120.KB.") + (++added);
                    side.create(Entity.PARTY, template.toBuilder().key(code).code(code).name("Kill " + code).build());
                }
            }
            assertThat(++lives).as("engine lives").isLessThanOrEqualTo(MAX_LIVES);
            EngineLife engine = EngineLife.start(config.jdbcUrl(), config.user(), config.password(),
                    Long.toString(pipeline), mikro.source.baseUri().toString(), mikro.target.baseUri().toString());
            EngineLife.Outcome life = random.nextBoolean() ? engine.killAfterCreates(1 + random.nextInt(2))
                    : engine.killAfterMillis(150 + random.nextInt(1500));
            if (life.killed()) {
                kills++;
                done = false;
            } else {
                assertThat(life.exitValue()).as("an engine left alone finishes its run: %s", life.lines()).isZero();
                done = true;
            }
        }
        List<Run> runs = store.transaction(tx -> store.runs().ofPipeline(tx, pipeline));
        long resolved = runs.stream().mapToLong(r -> r.counts().inDoubtResolved()).sum();
        Map<String, Long> onA = countsByCode(a());
        Map<String, Long> onB = countsByCode(b());
        long duplicated = onA.values().stream().filter(n -> n > 1).count()
                + onB.values().stream().filter(n -> n > 1).count();
        int expected = PARTIES_ON_A + PARTIES_ON_B + added;
        System.out.println("PROOF SIGKILL two-way (Mikro ↔ Mikro, " + database() + "): " + kills + " kills survived, "
                + lives + " engine lives, " + expected + " cards, A holds " + onA.size() + ", B holds " + onB.size()
                + ", " + resolved + " interrupted creates found by code instead of re-sent, duplicated " + duplicated
                + ", dead letters " + store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx,
                pipeline)).size());

        assertThat(runs.getLast().state()).isEqualTo(Run.State.SUCCEEDED);
        assertThat(onA).hasSize(expected).isEqualTo(onB);
        assertThat(duplicated).isZero();
        assertThat(store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipeline))).isEmpty();
        assertThat(store.<List<dev.kopru.sync.store.Intent>>transaction(tx -> store.intents().unresolved(tx,
                pipeline))).isEmpty();
    }

    /** H2 or PostgreSQL, for the figures. */
    abstract String database();

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

    private PipelineRunner runner() {
        return new PipelineRunner(store, registry, MikroPipelineContract.TEST_POLICY);
    }

    private RunReport run(long pipeline) {
        RunReport report = runner().run(pipeline);
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

    private java.util.Optional<String> cursor(long pipeline, Cursors.Side side) {
        return store.transaction(tx -> store.cursors().find(tx, pipeline, side));
    }

    private static long creates(Sandbox sandbox) {
        return writes(sandbox).stream().filter(e -> e.path().toLowerCase(Locale.ROOT).contains("carikaydetv2"))
                .count();
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
