package dev.kopru.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** 4. A large initial sync in a child JVM whose heap is capped: it completes, and its peak heap is shown. */
final class MemoryBound implements Benchmark {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public String title() {
        return "4. A 1,000,000-record initial sync in 256 MiB";
    }

    @Override
    public String about() {
        return """
                A child JVM (`-Xmx256m -XX:+UseSerialGC`) syncs `--records` generated parties (default 1,000,000)
                through a one-way pipeline on an H2 file into a counting target. **Goal: it completes** (every record
                written and linked once); the figures are the heap's peak (the sum of the heap pools' peaks), the
                live heap after a full GC at the end, and the time. Parameters: `--records`, `--heap` (`256m`).""";
    }

    @Override
    public Figures run(Params params) throws Exception {
        int records = params.integer("records", 1_000_000);
        String heap = params.string("heap", "256m");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), MemoryRun.class.getName(), Integer.toString(records))
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();
        String line = out.lines().filter(l -> l.startsWith("MEMORY ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the child printed no figures (exit " + exit + "):\n"
                        + out));
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring("MEMORY ".length()).split(" ")) {
            values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        double seconds = Double.parseDouble(values.get("seconds"));
        return new Figures()
                .add("records", Integer.toString(records))
                .add("completed", exit == 0 ? "yes (" + values.get("links") + " links, " + values.get("created")
                        + " creates)" : "no: exit " + exit + ", " + line)
                .add("heap cap", values.get("maxHeapMiB") + " MiB")
                .add("peak heap", values.get("peakHeapMiB") + " MiB")
                .add("live heap after the run", values.get("liveAfterGcMiB") + " MiB")
                .add("time", seconds, "s")
                .add("records a second", records / seconds, "")
                .note("The peak includes garbage not yet collected (a collector uses the heap it is given before it"
                        + " collects); the live heap after a full GC is what the run holds.");
    }
}
