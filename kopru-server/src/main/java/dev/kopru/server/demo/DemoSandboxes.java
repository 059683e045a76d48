package dev.kopru.server.demo;

import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every vendor sandbox on the class path, started for the demo on its default port (or any free port), plus two
 * more Mikro companies: one kept in step with the main company by the two-way customers pipeline, one that only
 * receives the main company's customers. They keep their data in memory, so every start begins from the seed.
 */
public final class DemoSandboxes implements AutoCloseable {

    /** A started sandbox and the name of the demo connection to it. */
    public record Started(String connectionName, String vendor, Sandbox sandbox) { }

    static final String MIKRO = "Mikro Merkez";
    static final String MIKRO_BRANCH = "Mikro Şube";
    static final String MIKRO_REPORTS = "Mikro Rapor";
    static final int BRANCH_PORT = 8098;
    static final int REPORTS_PORT = 8099;
    static final int SEED = 1;
    static final int RECORDS = 40;

    private final List<Started> started;

    private DemoSandboxes(List<Started> started) {
        this.started = List.copyOf(started);
    }

    /**
     * Starts them all; {@code anyPort} puts every sandbox on a free ephemeral port (tests), otherwise each takes its
     * default port, or a free one when that is taken (said on {@code err}).
     */
    public static DemoSandboxes start(boolean anyPort, PrintWriter err) {
        List<Started> started = new ArrayList<>();
        try {
            for (SandboxProvider provider : SandboxProvider.installed().stream()
                    .sorted(Comparator.comparing(SandboxProvider::vendor)).toList()) {
                String name = provider.vendor().equals("mikro") ? MIKRO : displayName(provider.vendor());
                started.add(start(provider, name, RECORDS, anyPort ? 0 : provider.defaultPort(), err));
                if (provider.vendor().equals("mikro")) {
                    // the other companies start empty: the pipelines fill them
                    started.add(start(provider, MIKRO_BRANCH, 0, anyPort ? 0 : BRANCH_PORT, err));
                    started.add(start(provider, MIKRO_REPORTS, 0, anyPort ? 0 : REPORTS_PORT, err));
                }
            }
        } catch (RuntimeException e) {
            started.forEach(s -> s.sandbox().close());
            throw e;
        }
        return new DemoSandboxes(started);
    }

    private static Started start(SandboxProvider provider, String name, int records, int port, PrintWriter err) {
        try {
            return new Started(name, provider.vendor(), Sandbox.start(provider.create(SEED, records), Sandbox.LOOPBACK, port));
        } catch (RuntimeException e) {
            if (port == 0) {
                throw e;
            }
            err.println("Port " + port + " for " + name + " is taken (" + e.getMessage() + "); using a free port.");
            err.flush();
            return new Started(name, provider.vendor(), Sandbox.start(provider.create(SEED, records), Sandbox.LOOPBACK, 0));
        }
    }

    static String displayName(String vendor) {
        return switch (vendor) {
            case "farmaborsa" -> "FarmaBorsa";
            default -> Character.toUpperCase(vendor.charAt(0)) + vendor.substring(1);
        };
    }

    public List<Started> all() {
        return started;
    }

    public java.util.Optional<Started> byName(String connectionName) {
        return started.stream().filter(s -> s.connectionName().equals(connectionName)).findFirst();
    }

    @Override
    public void close() {
        started.forEach(s -> s.sandbox().close());
    }
}
