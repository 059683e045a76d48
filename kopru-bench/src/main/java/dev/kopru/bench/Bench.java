package dev.kopru.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./kopru bench [name] [--name=value...]}: runs one benchmark, or all of them in turn, prints the figures and
 * writes them to docs/benchmarks.md.
 */
public final class Bench {

    static final List<Benchmark> ALL = List.of(new EngineOverhead(), new Throughput(), new VersusLoop(),
            new MemoryBound(), new SandboxRate(), new ServerOverhead());

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        boolean named = args.length > 0 && !args[0].startsWith("--");
        String name = named ? args[0] : "all";
        if (name.equals("help") || name.equals("--help")) {
            System.out.println(usage());
            return;
        }
        Params params = Params.parse(Arrays.copyOfRange(args, named ? 1 : 0, args.length));
        Map<String, Benchmark> byName = new LinkedHashMap<>();
        ALL.forEach(b -> byName.put(b.name(), b));
        List<Benchmark> chosen = name.equals("all") ? ALL : List.of(require(byName, name));
        for (Benchmark benchmark : chosen) {
            run(benchmark, params);
        }
        // Spring, Jetty and the embedded databases leave non-daemon threads behind; the figures are written.
        System.exit(0);
    }

    /** Runs {@code benchmark}, prints its entry and writes it to the docs file unless that is {@code none}. */
    static String run(Benchmark benchmark, Params params) throws Exception {
        System.out.println("== " + benchmark.title() + " ==");
        String machine = Machine.describe();
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC)
                .format(Instant.now());
        Figures figures = benchmark.run(params);
        String command = "./kopru bench " + benchmark.name() + params.values().entrySet().stream()
                .filter(e -> !e.getKey().equals("docs")).map(e -> " --" + e.getKey() + "=" + e.getValue())
                .reduce("", String::concat);
        String entry = BenchDoc.render(params.label(), date, command, machine, figures);
        System.out.println(entry);
        if (params.docs() != null) {
            BenchDoc.update(params.docs(), benchmark, params.label(), entry);
        }
        return entry;
    }

    private static Benchmark require(Map<String, Benchmark> byName, String name) {
        Benchmark benchmark = byName.get(name);
        if (benchmark == null) {
            throw new IllegalArgumentException("no benchmark '" + name + "'\n" + usage());
        }
        return benchmark;
    }

    static String usage() {
        StringBuilder text = new StringBuilder("Usage: ./kopru bench [name] [--name=value ...]\n\nBenchmarks:\n");
        ALL.forEach(b -> text.append(String.format("  %-11s %s%n", b.name(), b.title())));
        text.append("\nEvery benchmark: --label=before|after|... (default latest) names the entry in")
                .append(" docs/benchmarks.md; --docs=FILE|none. Its own parameters are listed in its section.");
        return text.toString();
    }
}
