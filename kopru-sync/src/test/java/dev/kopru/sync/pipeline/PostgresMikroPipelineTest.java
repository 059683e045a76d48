package dev.kopru.sync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.sync.store.Run;
import dev.kopru.sync.store.StoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The Mikro → Mikro pipelines on PostgreSQL, started by the test itself; plus engine processes killed mid-run. */
class PostgresMikroPipelineTest extends MikroPipelineContract {

    private static final int MAX_LIVES = 40;

    private EmbeddedPostgres postgres;
    private StoreConfig config;

    @Override
    StoreConfig storeConfig() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config = StoreConfig.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        return config;
    }

    @AfterAll
    void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void engine_processes_killed_with_sigkill_mid_run_lose_and_duplicate_nothing() throws Exception {
        Random random = new Random(20261123);
        int kills = 0;
        int lives = 0;
        boolean done = false;
        while (!done) {
            assertThat(++lives).as("engine lives").isLessThanOrEqualTo(MAX_LIVES);
            int killAfter = 1 + random.nextInt(6);
            Process engine = start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(engine.getInputStream(),
                    StandardCharsets.UTF_8))) {
                int created = 0;
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                    if (line.startsWith("created ") && ++created == killAfter) {
                        engine.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                        kills++;
                        break;
                    }
                }
            }
            assertThat(engine.waitFor(30, TimeUnit.SECONDS)).as("engine exits").isTrue();
            done = engine.exitValue() == 0;
            if (!done && lines.stream().noneMatch(l -> l.startsWith("created "))) {
                throw new AssertionError("engine failed without writing anything: " + lines);
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

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xmx128m", "-XX:TieredStopAtLevel=1",
                EngineMain.class.getName(), config.jdbcUrl(), config.user(), config.password(),
                Long.toString(pipelineId), mikro.source.baseUri().toString(), mikro.target.baseUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
