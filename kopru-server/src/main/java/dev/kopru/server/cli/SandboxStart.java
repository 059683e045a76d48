package dev.kopru.server.cli;

import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options and the start-up shared by every command that runs a sandbox. */
final class SandboxStart {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N",
            description = "port to listen on (default: the vendor's usual port; 0: any free port)")
    Integer port;

    @Option(names = "--records", paramLabel = "N", defaultValue = "40",
            description = "demo records to generate (default: ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed of the demo data (default: ${DEFAULT-VALUE})")
    long seed;

    /**
     * Starts the provider's sandbox on the chosen port; when that port is taken and {@code orAnyPort} is set, on a
     * free one instead, saying so.
     */
    Sandbox start(SandboxProvider provider, String host, boolean orAnyPort) {
        if (records < 0) {
            throw new ParameterException(spec.commandLine(), "--records: must not be negative, was " + records);
        }
        int chosen = port == null ? provider.defaultPort() : port;
        try {
            return Sandbox.start(provider.create(seed, records), host, chosen);
        } catch (RuntimeException e) {
            if (!orAnyPort || chosen == 0) {
                throw e;
            }
            spec.commandLine().getErr().println("Port " + chosen + " is taken (" + e.getMessage()
                    + "); using a free port instead. --port N chooses one.");
            return Sandbox.start(provider.create(seed, records), host, 0);
        }
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C), so the sandbox's try-with-resources closes it cleanly. */
    static void awaitShutdown() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
    }
}
