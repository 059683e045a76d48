package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.write.WriteResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read-side dead letters (issue 19), Mikro parties from one company to another: a card whose page came back but which
 * the connector cannot parse becomes a READ dead letter and the run goes on; a page that cannot be read at all still
 * fails the run, its cursor kept.
 */
abstract class UnreadableRecordsContract extends StoreContract {

    private static final int PARTIES = 10;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private MikroPair mikro;
    private long pipelineId;

    @BeforeEach
    void startMikros() {
        mikro = new MikroPair(PARTIES);
        String name = "unreadable-" + NAMES.incrementAndGet();
        MikroPair.ConnectionIds ids = MikroPair.addConnections(store, name);
        pipelineId = store.transaction(tx -> store.pipelines().add(tx,
                PipelineSpec.oneWay(name, ids.source(), ids.target(), "party", 4)).id());
    }

    @AfterEach
    void stopMikros() {
        mikro.close();
    }

    @Test
    void a_card_that_cannot_be_parsed_is_dead_lettered_and_the_run_goes_on() {
        String broken = mikro.sourceByCode().keySet().stream().sorted().toList().get(PARTIES / 2);
        ((MikroSandbox) mikro.source.app()).malformCard(broken);

        RunReport report = runner().run(pipelineId);

        assertThat(report.state()).as(report.error()).isEqualTo(Run.State.SUCCEEDED);
        assertThat(report.counts().read()).isEqualTo(PARTIES);
        assertThat(report.counts().written()).isEqualTo(PARTIES - 1);
        assertThat(report.counts().failed()).isEqualTo(1);
        List<DeadLetter> letters = store.transaction(tx -> store.deadLetters().open(tx, pipelineId));
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.stage()).isEqualTo(DeadLetter.Stage.READ);
            assertThat(letter.sourceKey()).isEqualTo(broken);
            assertThat(letter.outcome()).isEqualTo("Unreadable");
            assertThat(letter.sourceRecord()).contains(broken).contains("bozuk-doviz");
            assertThat(letter.message()).contains("CariKaydi");
        });
        Map<String, Long> onTarget = mikro.targetCountsByCode();
        assertThat(onTarget).hasSize(PARTIES - 1).doesNotContainKey(broken);
        System.out.println("PROOF read-side dead letters (" + getClass().getSimpleName() + "): " + PARTIES
                + " cards read, 1 malformed → run " + report.state() + ", " + report.counts().written()
                + " written, " + letters.size() + " READ dead letter (" + letters.getFirst().message() + ")");

        // fixed at the source: the replay reads it again by its key and writes it once
        ((MikroSandbox) mikro.source.app()).healCards();
        List<DeadLetterReplay.Replayed> replayed = new DeadLetterReplay(runner()).replayAll(pipelineId);
        assertThat(replayed).singleElement().satisfies(r ->
                assertThat(r.result()).get().isInstanceOf(WriteResult.Created.class));
        assertThat(runner().run(pipelineId).counts().written()).isZero();
        assertThat(mikro.targetCountsByCode()).hasSize(PARTIES).allSatisfy((code, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void a_page_that_cannot_be_read_at_all_fails_the_run_and_keeps_its_cursor() {
        // the first page (4 cards) is read, every later call is refused for an hour
        mikro.source.faults().rateLimit(1, Duration.ofHours(1));

        RunReport failed = runner().run(pipelineId);

        assertThat(failed.state()).isEqualTo(Run.State.FAILED);
        assertThat(failed.counts().written()).isEqualTo(4);
        Optional<String> kept = store.transaction(tx -> store.cursors().find(tx, pipelineId));
        assertThat(kept).isPresent();
        assertThat(store.<List<DeadLetter>>transaction(tx -> store.deadLetters().open(tx, pipelineId))).isEmpty();

        mikro.source.faults().clear();
        RunReport resumed = runner().run(pipelineId);
        assertThat(resumed.state()).isEqualTo(Run.State.SUCCEEDED);
        assertThat(mikro.targetCountsByCode()).hasSize(PARTIES).allSatisfy((code, n) -> assertThat(n).isEqualTo(1));
    }

    private PipelineRunner runner() {
        return new PipelineRunner(store, mikro.registry(), MikroPipelineContract.TEST_POLICY
                .withMaxRateLimitWait(Duration.ZERO));
    }
}
