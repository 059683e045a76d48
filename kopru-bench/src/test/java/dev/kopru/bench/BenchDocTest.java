package dev.kopru.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchDocTest {

    static final Benchmark ENGINE = new EngineOverhead();

    @Test
    void a_run_replaces_the_entry_of_its_own_label_and_keeps_the_others_and_the_text_around() {
        String doc = BenchDoc.updated(BenchDoc.HEADER + "\nNotes of our own.\n", ENGINE, "before", "before 1");
        doc = BenchDoc.updated(doc, ENGINE, "after", "after 1");
        doc = BenchDoc.updated(doc, ENGINE, "after", "after 2");

        assertThat(doc).contains("Notes of our own.", "## 1. Engine time per record", "before 1", "after 2")
                .doesNotContain("after 1");
        assertThat(doc.indexOf("before 1")).isLessThan(doc.indexOf("after 2"));
        assertThat(doc.split("<!-- bench:engine -->", -1)).hasSize(2);
    }

    @Test
    void sections_of_other_benchmarks_stay_as_they_are() {
        String doc = BenchDoc.updated(BenchDoc.HEADER, new MemoryBound(), "before", "memory figures");
        doc = BenchDoc.updated(doc, ENGINE, "before", "engine figures");
        doc = BenchDoc.updated(doc, ENGINE, "before", "engine figures again");

        assertThat(doc).contains("memory figures", "engine figures again").doesNotContain("engine figures\n");
    }
}
