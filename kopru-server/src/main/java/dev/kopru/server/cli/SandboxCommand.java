package dev.kopru.server.cli;

import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kopru sandbox <vendor>}: one vendor's sandbox, standalone, until Ctrl-C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Run a vendor sandbox standalone and print its URL and demo credentials.")
public final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<vendor>", description = "the vendor: ${COMPLETION-CANDIDATES}",
            completionCandidates = Vendors.class)
    String vendor;

    @Option(names = "--port", paramLabel = "N", description = "port to listen on (default: the vendor's usual port; 0: any free port)")
    Integer port;

    @Option(names = "--records", paramLabel = "N", defaultValue = "50", description = "demo records to generate (default: ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed of the demo data (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--all-interfaces", description = "listen on every interface, not only 127.0.0.1")
    boolean allInterfaces;

    @Override
    public Integer call() throws InterruptedException {
        SandboxProvider provider = SandboxProvider.forVendor(vendor).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown vendor '" + vendor + "' (known: " + String.join(", ", new Vendors()) + ")"));
        if (records < 0) {
            throw new ParameterException(spec.commandLine(), "--records: must not be negative, was " + records);
        }
        int chosen = port == null ? provider.defaultPort() : port;
        PrintWriter out = spec.commandLine().getOut();
        try (Sandbox sandbox = Sandbox.start(provider.create(seed, records),
                allInterfaces ? Sandbox.ALL_INTERFACES : Sandbox.LOOPBACK, chosen)) {
            out.println(provider.vendor() + " sandbox listening on " + sandbox.baseUri());
            provider.credentials().forEach(line -> out.println("  " + line));
            out.println("  admin API: " + sandbox.baseUri().resolve("/_sandbox/state") + " (also /_sandbox/faults, /_sandbox/requests)");
            out.println("Ctrl-C stops it.");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }

    /** The vendors whose sandboxes are on the class path. */
    static final class Vendors implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SandboxProvider.installed().stream().map(SandboxProvider::vendor).sorted()
                    .collect(Collectors.toList()).iterator();
        }
    }
}
