package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.sync.store.Run;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Mikro → Mikro pipelines on PostgreSQL, started by the test itself; plus engine processes killed mid-run. */
@ExtendWith(EmbeddedPostgresStore.class)
class PostgresMikroPipelineTest extends MikroPipelineContract {

    private static final int MAX_LIVES = 40;

    @Test
    void engine_processes_killed_with_sigkill_mid_run_lose_and_duplicate_nothing() throws Exception {
        Random random = new Random(20261123);
        int kills = 0;
        int lives = 0;
        boolean done = false;
        while (!done) {
            assertThat(++lives).as("engine lives").isLessThanOrEqualTo(MAX_LIVES);
            EngineLife.Outcome life = start().killAfterCreates(1 + random.nextInt(6));
            kills += life.killed() ? 1 : 0;
            done = life.finished();
            if (!done && !life.wroteSomething()) {
                throw new AssertionError("engine failed without writing anything: " + life.lines());
            }
        }
        List<Run> runs = store.transaction(tx -> store.runs().ofPipeline(tx, pipelineId));
        long resolved = runs.stream().mapToLong(r -> r.counts().inDoubtResolved()).sum();
        System.out.println("SIGKILL test: " + kills + " kills, " + lives + " engine lives, at least " + resolved
                + " interrupted creates found in the target instead of re-sent");

        // a killed engine never got to finish its run: the next life marks the run it left behind ABANDONED
        assertThat(runs).hasSize(lives);
        assertThat(runs.stream().filter(r -> r.state() == Run.State.ABANDONED)).hasSize(kills);
        assertThat(runs.getLast().state()).isEqualTo(Run.State.SUCCEEDED);
        assertThat(resolved).isGreaterThanOrEqualTo(1);

        assertThat(kills).isGreaterThanOrEqualTo(5);
        assertThat(unresolvedIntents()).isEmpty();
        assertEveryPartyExactlyOnce();
        assertThat(store.<Long>transaction(tx -> store.links().count(tx, pipelineId))).isEqualTo(PARTIES);
    }

    private EngineLife start() throws IOException {
        return EngineLife.start(config.jdbcUrl(), config.user(), config.password(), Long.toString(pipelineId),
                mikro.source.baseUri().toString(), mikro.target.baseUri().toString());
    }
}
