package dev.kopru.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/benchmarks.md: one section per benchmark between {@code <!-- bench:name -->} markers, and in it one entry per
 * run label ({@code before}, {@code after}, ...) between {@code <!-- run:name:label -->} markers. A run replaces the
 * entry of its own label and nothing else, so the figures before a change stay beside those after it; text outside
 * the sections is kept as it is; a section's heading and text are rewritten from its benchmark.
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
        if (start < 0 || end < start) {
            text = text.stripTrailing() + "\n\n" + open + "\n" + close + "\n";
            start = text.indexOf(open);
            end = text.indexOf(close);
        }
        Map<String, String> runs = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("<!-- run:" + Pattern.quote(benchmark.name()) + ":(\\S+) -->.*?<!-- /run:"
                + Pattern.quote(benchmark.name()) + ":\\1 -->", Pattern.DOTALL).matcher(text.substring(start, end));
        while (entry.find()) {
            runs.put(entry.group(1), entry.group());
        }
        runs.put(label, "<!-- run:" + benchmark.name() + ":" + label + " -->\n" + run.strip() + "\n<!-- /run:"
                + benchmark.name() + ":" + label + " -->");
        // The heading and the text come from the benchmark, so they describe the code that made the figures.
        String section = "## " + benchmark.title() + "\n\n" + benchmark.about().strip() + "\n\n"
                + String.join("\n\n", runs.values());
        return text.substring(0, start) + open + "\n" + section + "\n" + text.substring(end);
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
