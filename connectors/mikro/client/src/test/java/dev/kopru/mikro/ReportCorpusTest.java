package dev.kopru.mikro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.mikro.client.MikroClient;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real-style report queries (report-corpus.sql: T-SQL on the tables of mikro.md §12.6) runs through
 * the client against the sandbox, and each returns rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCorpusTest {

    private Sandbox sandbox;
    private MikroClient client;

    static List<String> corpus() throws IOException {
        try (InputStream in = ReportCorpusTest.class.getResourceAsStream("report-corpus.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("(?m)^--$")).map(block -> block.lines()
                    .filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip())
                    .filter(query -> !query.isEmpty()).toList();
        }
    }

    @BeforeAll
    void start() {
        sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.builder().demoSeed(3).demoSize(40).build()), 0);
        client = new MikroClient(MikroConfig.builder().baseUrl(sandbox.baseUri().toString()).apiKey("demo-api-key")
                .firmaKodu("DEMO").kullaniciKodu("SRV").password("admin123").build());
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @Test
    void the_corpus_holds_at_least_sixty_queries() throws IOException {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("corpus")
    void each_report_query_runs_and_returns_rows(String query) {
        assertThat(client.sqlVeriOkuV2(query)).as(query).isNotEmpty();
    }
}
