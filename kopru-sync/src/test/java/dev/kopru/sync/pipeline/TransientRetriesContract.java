package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.Run;
import dev.kopru.sync.write.TransientRetries;
import dev.kopru.sync.write.WritePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transient write failures heal by themselves (issue 19): a Mikro target answering every call with HTTP 500 for some
 * runs leaves the records RETRYING, not dead-lettered; once it heals, a later run writes each once, with nobody
 * replaying anything. Only after the policy's number of runs does a record become a dead letter.
 */
abstract class TransientRetriesContract extends StoreContract {

    private static final int PARTIES = 5;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private MikroPair mikro;
    private long sourceId;
    private long targetId;
    private String name;

    @BeforeEach
    void startMikros() {
        mikro = new MikroPair(PARTIES);
        name = "transient-" + NAMES.incrementAndGet();
        MikroPair.ConnectionIds ids = MikroPair.addConnections(store, name);
        sourceId = ids.source();
        targetId = ids.target();
    }

    @AfterEach
    void stopMikros() {
        mikro.close();
    }

    @Test
    void records_failing_transiently_for_two_runs_are_written_once_by_the_third_without_a_replay() {
        long pipeline = pipeline("{\"transientRetryRuns\": 4, \"transientRetryWait\": \"PT0S\"}");
        mikro.target.faults().errorRate(1.0);
        for (int run = 1; run <= 2; run++) {
            RunReport failing = run(pipeline);
            assertThat(failing.counts().retrying()).isEqualTo(PARTIES);
            assertThat(failing.counts().failed()).isZero();
            assertThat(open(pipeline)).as("nobody is asked yet").isEmpty();
            int runs = run;
            assertThat(retrying(pipeline)).hasSize(PARTIES).allSatisfy(l -> {
                assertThat(l.retryRuns()).isEqualTo(runs);
                assertThat(l.outcome()).isEqualTo("Transient");
            });
        }

        mikro.target.faults().clear();
        mikro.target.journal().clear();
        RunReport healed = run(pipeline);

        assertThat(healed.counts().written()).isEqualTo(PARTIES);
        assertThat(healed.counts().retrying()).isZero();
        assertThat(retrying(pipeline)).isEmpty();
        assertThat(open(pipeline)).isEmpty();
        assertThat(creates()).isEqualTo(PARTIES);
        assertThat(mikro.targetCountsByCode()).hasSize(PARTIES).allSatisfy((code, n) -> assertThat(n).isEqualTo(1));
        System.out.println("PROOF transient failures heal without a person (" + getClass().getSimpleName() + "): "
                + PARTIES + " records failing with HTTP 500 for 2 runs were kept RETRYING (0 dead letters), then "
                + healed.counts().written() + " written by run 3 with " + creates() + " creates, 0 replays");
        assertThat(run(pipeline).counts().written()).isZero();
    }

    @Test
    void a_record_still_failing_after_the_allowed_runs_is_a_dead_letter_and_the_wait_between_runs_holds() {
        long pipeline = pipeline("{\"transientRetryRuns\": 2, \"transientRetryWait\": \"PT1H\"}");
        mikro.target.faults().errorRate(1.0);
        RunReport first = run(pipeline);
        assertThat(first.counts().retrying()).isEqualTo(PARTIES);
        DeadLetter kept = retrying(pipeline).getFirst();
        // the wait starts when the failure is recorded (the letter's time is taken a moment later)
        assertThat(kept.retryAfter()).isAfter(kept.updatedAt().plus(Duration.ofMinutes(59)))
                .isBeforeOrEqualTo(kept.updatedAt().plus(Duration.ofHours(1)));

        // within the wait, a run that reads the records again holds them back: nothing is sent for them
        mikro.target.journal().clear();
        RunReport held = run(pipeline);
        assertThat(held.counts().retrying()).isZero();
        assertThat(mikro.target.journal().entries()).isEmpty();
        assertThat(retrying(pipeline)).hasSize(PARTIES);

        // the wait is over (moved back by hand here): the second failing run makes them dead letters
        store.inTransaction(tx -> tx.update("UPDATE dead_letters SET retry_after = updated_at WHERE pipeline_id = ?",
                pipeline));
        RunReport second = run(pipeline);
        assertThat(second.counts().failed()).isEqualTo(PARTIES);
        assertThat(retrying(pipeline)).isEmpty();
        assertThat(open(pipeline)).hasSize(PARTIES).allSatisfy(l -> assertThat(l.outcome()).isEqualTo("Transient"));
    }

    @Test
    void the_number_of_runs_is_validated_when_the_pipeline_is_defined() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pipeline("{\"transientRetryRuns\": 0}"))
                .hasMessageContaining("options.transientRetryRuns");
        assertThat(new TransientRetries(3, Duration.ofMinutes(5)).waitAfter(3)).isEqualTo(Duration.ofMinutes(20));
    }

    private long pipeline(String options) {
        return store.transaction(tx -> store.pipelines().add(tx, new PipelineSpec(0, name + options.hashCode(),
                sourceId, "party", targetId, "party", PipelineSpec.Mode.ONE_WAY, 10, options, 1)).id());
    }

    private RunReport run(long pipeline) {
        WritePolicy policy = MikroPipelineContract.TEST_POLICY.withMaxAttempts(2);
        RunReport report = new PipelineRunner(store, mikro.registry(), policy).run(pipeline);
        assertThat(report.state()).as(report.error()).isEqualTo(Run.State.SUCCEEDED);
        return report;
    }

    private long creates() {
        return mikro.target.journal().entries().stream()
                .filter(e -> e.path().toLowerCase(Locale.ROOT).contains("carikaydetv2")).count();
    }

    private List<DeadLetter> open(long pipeline) {
        return store.transaction(tx -> store.deadLetters().open(tx, pipeline));
    }

    private List<DeadLetter> retrying(long pipeline) {
        return store.transaction(tx -> store.deadLetters().retrying(tx, pipeline));
    }
}
