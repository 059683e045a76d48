package dev.kopru.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md: one section per benchmark between {@code <!-- bench:name -->} markers, and in it one entry per
 * run label ({@code before}, {@code after}, ...) between {@code <!-- run:name:label -->} markers. A run replaces the
 * entry of its own label and nothing else, so the figures before a change stay beside those after it; text outside
 * the markers is kept as it is.
 */
final class BenchDoc {

    static final String HEADER = """
            # Benchmarks

            Written by `./kopru bench [name]` (the `kopru-bench` module): each benchmark measures the engine, a sandbox
            or the server side by side with a baseline in the same run, so the ratios hold on a loaded machine even
            where the absolute figures do not. A run replaces its own section's entry for its `--label` and keeps the
            others. `./kopru bench` with no name runs them all; `--docs=none` prints without writing here.
            """;

    private BenchDoc() {
    }

    /** Writes {@code run} (already rendered) as the entry {@code label} of {@code benchmark}'s section. */
    static void update(Path file, Benchmark benchmark, String label, String run) {
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
            Files.writeString(file, updated(text, benchmark, label, run), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String updated(String text, Benchmark benchmark, String label, String run) {
        String open = "<!-- bench:" + benchmark.name() + " -->";
        String close = "<!-- /bench:" + benchmark.name() + " -->";
        int start = text.indexOf(open);
        int end = text.indexOf(close);
        String section;
        if (start < 0 || end < start) {
            section = "## " + benchmark.title() + "\n\n" + benchmark.about().strip() + "\n";
            text = text.stripTrailing() + "\n\n" + open + "\n" + close + "\n";
            start = text.indexOf(open);
            end = text.indexOf(close);
        } else {
            section = text.substring(start + open.length(), end).strip() + "\n";
        }
        String runOpen = "<!-- run:" + benchmark.name() + ":" + label + " -->";
        String runClose = "<!-- /run:" + benchmark.name() + ":" + label + " -->";
        String entry = runOpen + "\n" + run.strip() + "\n" + runClose;
        int runStart = section.indexOf(runOpen);
        int runEnd = section.indexOf(runClose);
        if (runStart >= 0 && runEnd > runStart) {
            section = section.substring(0, runStart) + entry + section.substring(runEnd + runClose.length());
        } else {
            section = section.stripTrailing() + "\n\n" + entry + "\n";
        }
        return text.substring(0, start) + open + "\n" + section.strip() + "\n" + text.substring(end);
    }

    /** The entry of one run: its label, date, command, machine, figures and notes. */
    static String render(String label, String date, String command, String machine, Figures figures) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(label).append(" (").append(date).append(")\n\n");
        md.append("`").append(command).append("`  \n");
        md.append("Machine: ").append(machine).append(".\n\n");
        md.append("| figure | value |\n| --- | --- |\n");
        figures.figures().forEach(f -> md.append("| ").append(f.name()).append(" | ").append(f.value()).append(" |\n"));
        if (!figures.notes().isEmpty()) {
            md.append('\n');
            figures.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }
}
