package dev.kopru.server.cli;

import dev.kopru.server.demo.Demo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kopru demo}: the main job. Every sandbox, the server with its dashboard, demo connections and pipelines
 * running on schedules, a simulated FarmaBorsa buyer and customer edits at Mikro, all in this process until Ctrl-C.
 * Data (H2 file, encryption key, demo password) lives in {@code KOPRU_HOME/demo} and is reused by the next start.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start every sandbox, the server and its dashboard, demo connections and pipelines.",
                "Data lives in KOPRU_HOME/demo (default ~/.kopru/demo); KOPRU_ADMIN_PASSWORD sets the login's password."})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "the server's port (default ${DEFAULT-VALUE}); 0 puts the server and every sandbox on free ports")
    int port;

    @Option(names = "--home", paramLabel = "DIR", description = "KOPRU_HOME (default: $KOPRU_HOME or ~/.kopru)")
    Path home;

    @Option(names = "--for", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "stop by itself after this long, e.g. 20s, 5m or PT1H (default: until Ctrl-C)")
    Duration runFor;

    @Override
    public Integer call() throws Exception {
        return PortTaken.orSay("demo", spec.commandLine().getErr(), this::run);
    }

    private Integer run() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path kopruHome = home != null ? home : System.getenv("KOPRU_HOME") != null
                ? Path.of(System.getenv("KOPRU_HOME")) : Path.of(System.getProperty("user.home"), ".kopru");
        try (Demo demo = Demo.start(new Demo.Settings(kopruHome.toAbsolutePath(), port,
                System.getenv("KOPRU_ADMIN_PASSWORD")), err)) {
            printBanner(out, demo);
            if (runFor != null) {
                Thread.sleep(runFor.toMillis());
                return 0;
            }
            Thread stopper = new Thread(demo::close, "kopru-demo-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            ServerCommand.awaitClose(demo.server());
        }
        return 0;
    }

    private static void printBanner(PrintWriter out, Demo demo) {
        out.println();
        out.println("Köprü demo is running.");
        out.println("  Dashboard: " + demo.url());
        out.println("  Login:     " + demo.user() + " / " + demo.password());
        out.println("  Sandboxes:");
        demo.sandboxes().all().forEach(s -> out.println("    " + s.connectionName() + " (" + s.vendor() + "): "
                + s.sandbox().baseUri()));
        out.println("  Pipelines: " + String.join(", ", demo.pipelines().keySet()));
        out.println("Ctrl-C stops everything; the next start reuses the data.");
        out.flush();
    }

    /** {@code 20s}, {@code 5m}, {@code 2h} or ISO-8601 ({@code PT20S}). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            try {
                Duration d = v.startsWith("P") ? Duration.parse(v) : Duration.parse("PT" + v);
                if (d.isNegative() || d.isZero()) {
                    throw new picocli.CommandLine.TypeConversionException("--for: must be positive, was " + value);
                }
                return d;
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("--for: expected e.g. 20s, 5m or PT1H, was '" + value + "'");
            }
        }
    }
}
