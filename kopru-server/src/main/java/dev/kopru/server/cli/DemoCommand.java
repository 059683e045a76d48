package dev.kopru.server.cli;

import dev.kopru.server.demo.MikroDemo;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

    @Option(names = "--port", paramLabel = "N", description = "port of the Mikro sandbox (default: 8094; 0: any free port)")
    Integer port;

    @Option(names = "--records", paramLabel = "N", defaultValue = "40", description = "demo records (default: ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--exit", description = "stop the sandbox when the demo ends instead of keeping it running")
    boolean exit;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        SandboxProvider mikro = SandboxProvider.forVendor("mikro").orElseThrow();
        int chosen = port == null ? mikro.defaultPort() : port;
        try (Sandbox sandbox = startOrExplain(mikro, chosen)) {
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
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                stopped.await();
            }
        }
        return 0;
    }

    private Sandbox startOrExplain(SandboxProvider provider, int chosenPort) {
        try {
            return Sandbox.start(provider.create(1, records), chosenPort);
        } catch (RuntimeException e) {
            if (chosenPort == 0) {
                throw e;
            }
            spec.commandLine().getErr().println("Port " + chosenPort + " is taken (" + e.getMessage()
                    + "); using a free port instead. --port N chooses one.");
            return Sandbox.start(provider.create(1, records), 0);
        }
    }
}
