package dev.kopru.server.cli;

import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SandboxStart start;

    @Option(names = "--all-interfaces", description = "listen on every interface, not only 127.0.0.1")
    boolean allInterfaces;

    @Override
    public Integer call() throws InterruptedException {
        SandboxProvider provider = SandboxProvider.forVendor(vendor).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown vendor '" + vendor + "' (known: " + String.join(", ", new Vendors()) + ")"));
        PrintWriter out = spec.commandLine().getOut();
        try (Sandbox sandbox = start.start(provider, allInterfaces ? Sandbox.ALL_INTERFACES : Sandbox.LOOPBACK, false)) {
            out.println(provider.vendor() + " sandbox listening on " + sandbox.baseUri());
            provider.credentials().forEach(line -> out.println("  " + line));
            out.println("  admin API: " + sandbox.baseUri().resolve("/_sandbox/state") + " (also /_sandbox/faults, /_sandbox/requests)");
            out.println("Ctrl-C stops it.");
            out.flush();
            SandboxStart.awaitShutdown();
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
