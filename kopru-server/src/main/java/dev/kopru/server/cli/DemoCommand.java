package dev.kopru.server.cli;

import dev.kopru.server.demo.MikroDemo;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kopru demo}: until the server exists, the main job is a scripted session against the Mikro sandbox that
 * shows what Köprü does — canonical records in, Mikro documents out, totals to the kuruş, and a lost response
 * resolved without a duplicate.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the Mikro sandbox and run a short demo through the Mikro connector.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SandboxStart start;

    @Option(names = "--exit", description = "stop the sandbox when the demo ends instead of keeping it running")
    boolean exit;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        SandboxProvider mikro = SandboxProvider.forVendor("mikro").orElseThrow();
        try (Sandbox sandbox = start.start(mikro, Sandbox.LOOPBACK, true)) {
            out.println("Köprü demo: the Mikro sandbox is at " + sandbox.baseUri());
            mikro.credentials().forEach(line -> out.println("  " + line));
            out.println();
            new MikroDemo(sandbox, out).run();
            out.flush();
            if (!exit) {
                out.println();
                out.println("The sandbox keeps running so you can try it: e.g. curl " + sandbox.baseUri()
                        .resolve("/Api/APIMethods/HealthCheck2") + " or ./kopru sandbox mikro --help. Ctrl-C stops it.");
                out.flush();
                SandboxStart.awaitShutdown();
            }
        }
        return 0;
    }
}
