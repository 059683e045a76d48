package dev.kopru.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every harness runs once with a handful of records, so that a change to the engine, a sandbox or the server that
 * breaks a benchmark fails the build instead of the next measurement. The figures mean nothing at these sizes; they
 * go to a temporary file, never to docs/benchmarks.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchSmokeTest {

    @TempDir
    static Path dir;

    static Params smoke(String... args) {
        return Params.parse(args).with("label", "smoke").with("docs", dir.resolve("benchmarks.md").toString());
    }

    static String run(Benchmark benchmark, Params params) throws Exception {
        String entry = Bench.run(benchmark, params);
        assertThat(entry).contains("### smoke", "./kopru bench " + benchmark.name(), "| figure | value |");
        assertThat(Files.readString(params.docs())).contains("<!-- bench:" + benchmark.name() + " -->",
                "<!-- run:" + benchmark.name() + ":smoke -->");
        return entry;
    }

    @Test
    @Order(1)
    void engine_time_per_record_on_an_h2_file() throws Exception {
        assertThat(run(new EngineOverhead(), smoke("--records=100", "--warmup=20", "--stores=h2-file")))
                .contains("h2-file: engine time per record");
    }

    @Test
    @Order(2)
    void throughput_against_a_sandbox_with_latency_and_a_rate_limit() throws Exception {
        assertThat(run(new Throughput(), smoke("--records=5", "--rate-records=3", "--latency-ms=2", "--warmup=0")))
                .contains("share of C ÷ L", "share of R");
    }

    @Test
    @Order(3)
    void pipeline_against_a_hand_written_loop() throws Exception {
        assertThat(run(new VersusLoop(), smoke("--records=5", "--latency-ms=2", "--warmup=0")))
                .contains("loop time ÷ pipeline");
    }

    @Test
    @Order(4)
    void a_sync_in_a_child_jvm_with_a_capped_heap() throws Exception {
        assertThat(run(new MemoryBound(), smoke("--records=50"))).contains("| completed | yes");
    }

    @Test
    @Order(5)
    void sandbox_against_hello_world() throws Exception {
        assertThat(run(new SandboxRate(), smoke("--connections=2", "--millis=200", "--rounds=1")))
                .contains("HealthCheck ÷ hello-world");
    }

    @Test
    @Order(6)
    void server_with_bearer_and_basic() throws Exception {
        assertThat(run(new ServerOverhead(), smoke("--connections=2", "--requests=2", "--creates=2",
                "--warmup=2")))
                .contains("list: Basic ÷ bearer", "create: Basic ÷ bearer", "server CPU per call");
    }
}
