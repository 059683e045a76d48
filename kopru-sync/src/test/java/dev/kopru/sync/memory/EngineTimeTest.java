package dev.kopru.sync.memory;

import dev.kopru.testkit.memory.GeneratedParties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.connector.kit.chain.Backoff;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Party;
import dev.kopru.sync.pipeline.PipelineRunner;
import dev.kopru.sync.pipeline.RunReport;
import dev.kopru.sync.store.PipelineSpec;
import dev.kopru.sync.store.StoreConfig;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.WritePolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engine time per record: a one-way pipeline between two in-memory connectors against a plain loop over the same
 * connectors, side by side in one JVM. Off by default (it takes minutes); run with
 * {@code -Dtest=EngineTimeTest -DengineTime.records=100000}, or as a program on the test classpath:
 * {@code java dev.kopru.sync.memory.EngineTimeTest 100000 [postgres]} (PostgreSQL: an embedded one, started here).
 */
@EnabledIfSystemProperty(named = "engineTime.records", matches = "\\d+")
class EngineTimeTest {

    private final int records = Integer.getInteger("engineTime.records");

    @Test
    void engine_time_per_record_on_h2_in_memory_and_in_a_file(@TempDir Path dir) {
        measure("warm-up", StoreConfig.h2InMemory("engine-time-warm-up"), Math.min(records, 20_000));
        measure("H2 in memory", StoreConfig.h2InMemory("engine-time"), records);
        measure("H2 file", StoreConfig.h2File(dir.resolve("store")), records);
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        measure("warm-up", StoreConfig.h2InMemory("engine-time-warm-up"), Math.min(size, 20_000));
        if (args.length > 1 && args[1].equals("postgres")) {
            try (var postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
                measure("PostgreSQL", StoreConfig.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                        "postgres"), size);
            }
            return;
        }
        measure("H2 in memory", StoreConfig.h2InMemory("engine-time"), size);
        Path dir = java.nio.file.Files.createTempDirectory("engine-time");
        measure("H2 file", StoreConfig.h2File(dir.resolve("store")), size);
    }

    /** CPU time of this JVM (every thread, GC and compiler too): wall time means little on a shared machine. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static void measure(String store, StoreConfig config, int size) {
        long loopCpu = cpu();
        long loop = loop(size);
        loopCpu = cpu() - loopCpu;
        long engine;
        long engineCpu;
        try (SyncStore s = SyncStore.open(config, Clock.systemUTC())) {
            GeneratedParties source = new GeneratedParties(size);
            GeneratedParties target = new GeneratedParties(0);
            long pipeline = s.transaction(tx -> {
                long a = s.connections().add(tx, "generated", "time-source", "{}").id();
                long b = s.connections().add(tx, "generated", "time-target", "{}").id();
                return s.pipelines().add(tx, PipelineSpec.oneWay("time", a, b, "party", 1000)).id();
            });
            PipelineRunner runner = new PipelineRunner(s, c -> c.name().endsWith("-source") ? source : target,
                    WritePolicy.defaults().withBackoff(Backoff.none()));
            long started = System.nanoTime();
            engineCpu = cpu();
            RunReport report = runner.run(pipeline);
            engineCpu = cpu() - engineCpu;
            engine = System.nanoTime() - started;
            assertThat(report.counts().written()).isEqualTo(size);
            assertThat(target.created()).isEqualTo(size);
        }
        System.out.printf("PROOF engine time (%s, %d records): wall: engine %d ms, plain loop %d ms, ratio %.1f,"
                + " engine time %.1f µs/record; CPU: engine %d ms, plain loop %d ms, engine CPU %.1f µs/record%n",
                store, size, engine / 1_000_000, loop / 1_000_000, (double) engine / Math.max(1, loop),
                (engine - loop) / 1_000.0 / size, engineCpu / 1_000_000, loopCpu / 1_000_000,
                (engineCpu - loopCpu) / 1_000.0 / size);
    }

    /** What a hand-written copy does: read every page, create every record. */
    private static long loop(int size) {
        GeneratedParties source = new GeneratedParties(size);
        GeneratedParties target = new GeneratedParties(0);
        long started = System.nanoTime();
        ReadRequest request = new ReadRequest(Optional.empty(), 1000, Map.of());
        while (true) {
            Page<Party> page = source.read(Entity.PARTY, request);
            page.records().forEach(p -> target.create(Entity.PARTY, p));
            if (page.last()) {
                break;
            }
            request = request.continueAt(page.next());
        }
        return System.nanoTime() - started;
    }
}
