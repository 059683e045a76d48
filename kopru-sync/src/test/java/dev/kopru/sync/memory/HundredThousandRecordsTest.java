package dev.kopru.sync.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-record source syncs in a child JVM whose heap is capped at 256 MiB: the engine streams page by page and
 * keeps nothing per record in memory (links, intents and cursors live in the store, an H2 file here).
 */
class HundredThousandRecordsTest {

    static final int RECORDS = 100_000;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void syncs_a_hundred_thousand_records_in_a_256_mib_heap(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), MemoryMain.class.getName(),
                dir.resolve("store").toString(), Integer.toString(RECORDS)).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(4, TimeUnit.MINUTES)).isTrue();
        String figures = out.lines().filter(l -> l.startsWith("MEMORY ")).findFirst().orElse(out);
        System.out.println("PROOF memory: " + figures);
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(figures).contains("records=" + RECORDS, "written=" + RECORDS, "created=" + RECORDS,
                "links=" + RECORDS);
        Matcher heap = Pattern.compile("maxHeapMiB=(\\d+)").matcher(figures);
        assertThat(heap.find()).isTrue();
        assertThat(Integer.parseInt(heap.group(1))).as("the child's heap cap").isLessThanOrEqualTo(256);
    }
}
