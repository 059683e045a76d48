package dev.kopru.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A benchmark's parameters, {@code --name=value} on the command line; every benchmark has defaults, and what a run
 * used is written beside its figures. {@code --label} names the run in docs/benchmarks.md (a later run with the same
 * label replaces it), {@code --docs} is the file written ({@code none}: nothing is written).
 */
public record Params(Map<String, String> values) {

    public Params {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // in the order given, for the docs
    }

    public static Params parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 3) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
            }
            values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return new Params(values);
    }

    public int integer(String name, int byDefault) {
        return Integer.parseInt(string(name, Integer.toString(byDefault)).replace("_", ""));
    }

    public Duration millis(String name, long byDefault) {
        return Duration.ofMillis(Long.parseLong(string(name, Long.toString(byDefault))));
    }

    public String string(String name, String byDefault) {
        return values.getOrDefault(name, byDefault);
    }

    public String label() {
        return string("label", "latest");
    }

    /** The file the figures go to, or null for none. */
    public Path docs() {
        String docs = string("docs", "docs/benchmarks.md");
        return docs.equals("none") ? null : Path.of(docs);
    }

    /** The same parameters plus {@code name=value}. */
    public Params with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(name, value);
        return new Params(more);
    }
}
