package dev.kopru.server.demo;

import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandbox;
import dev.kopru.farmaborsa.sandbox.FarmaBorsaSandboxOptions;
import dev.kopru.logo.sandbox.LogoSandbox;
import dev.kopru.logo.sandbox.LogoSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every vendor sandbox on the class path, started for the demo on its default port (or any free port), plus three
 * more Mikro companies: one kept in step with the main company by the two-way customers pipeline, one that only
 * receives the main company's customers, and the accounting company of the ISP billed on the Wiradius sandbox. The FarmaBorsa marketplace has, beside the demo account (whose listings were
 * made by hand and whose orders the simulated buyer places), the main company's own seller account
 * {@link #FARMABORSA_STORE_ACCOUNT}, which starts with no listings: the stock pipeline fills it. They keep their data
 * in memory, so every start begins from the seed.
 */
public final class DemoSandboxes implements AutoCloseable {

    /** A started sandbox and the name of the demo connection to it. */
    public record Started(String connectionName, String vendor, Sandbox sandbox) { }

    static final String MIKRO = "Mikro Merkez";
    static final String MIKRO_BRANCH = "Mikro Şube";
    static final String MIKRO_REPORTS = "Mikro Rapor";
    /** The ISP's accounting company: the ISP set fills it from the Wiradius sandbox. */
    static final String MIKRO_ISP = "Mikro ISP";
    static final String WIRADIUS = "Wiradius";
    static final String FARMABORSA = "FarmaBorsa";
    /** The DİA firm, empty at start: the two-way pair with Mikro Merkez fills it with Merkez's cari cards. */
    static final String DIA = "DİA";
    /**
     * The Logo firm (32001), empty at start: Mikro Merkez's cari and stock cards are moved into it, it invoices the
     * orders FarmaBorsa buyers place on Merkez's own listings, and it keeps the ISP's books beside Mikro ISP.
     */
    static final String LOGO = "Logo";
    /** The connection to {@link #FARMABORSA_STORE_ACCOUNT} on the FarmaBorsa sandbox. */
    static final String FARMABORSA_STORE = "FarmaBorsa Merkez";
    /**
     * A seller account of its own for Mikro Merkez's stock: the engine does not match existing listings by barcode
     * yet, so publishing as the demo account, which already lists most items, would open a second listing of each.
     */
    static final FarmaBorsaSandboxOptions.Account FARMABORSA_STORE_ACCOUNT =
            new FarmaBorsaSandboxOptions.Account("merkez", "merkez", "merkez-api-key");
    /** The connection to {@link #FARMABORSA_DEPOT_ACCOUNT} on the FarmaBorsa sandbox. */
    static final String FARMABORSA_DEPOT = "FarmaBorsa Depo";
    /**
     * Mikro Merkez's second store (its depot's), listing the same cards, whose orders DİA invoices: one account cannot
     * feed two ERPs, since confirming an order takes it off the "new" list the other pipeline reads, and Merkez's first
     * store is invoiced in Logo.
     */
    static final FarmaBorsaSandboxOptions.Account FARMABORSA_DEPOT_ACCOUNT =
            new FarmaBorsaSandboxOptions.Account("depo", "depo", "depo-api-key");
    /** A seller account beside the demo account, and the name of the demo connection to it. */
    record Store(String connection, FarmaBorsaSandboxOptions.Account account) { }

    static final List<Store> FARMABORSA_STORES = List.of(new Store(FARMABORSA_STORE, FARMABORSA_STORE_ACCOUNT),
            new Store(FARMABORSA_DEPOT, FARMABORSA_DEPOT_ACCOUNT));
    static final int BRANCH_PORT = 8098;
    static final int REPORTS_PORT = 8099;
    static final int ISP_PORT = 8100;
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
    public static DemoSandboxes start(boolean anyPort, int farmaBorsaCallsPerMinute, PrintWriter err) {
        List<Started> started = new ArrayList<>();
        try {
            for (SandboxProvider provider : SandboxProvider.installed().stream()
                    .sorted(Comparator.comparing(SandboxProvider::vendor)).toList()) {
                String name = provider.vendor().equals("mikro") ? MIKRO : displayName(provider.vendor());
                started.add(start(provider, name, RECORDS, anyPort ? 0 : provider.defaultPort(), farmaBorsaCallsPerMinute,
                        err));
                if (provider.vendor().equals("mikro")) {
                    // the other companies start empty: the pipelines fill them
                    started.add(start(provider, MIKRO_BRANCH, 0, anyPort ? 0 : BRANCH_PORT, farmaBorsaCallsPerMinute, err));
                    started.add(start(provider, MIKRO_REPORTS, 0, anyPort ? 0 : REPORTS_PORT, farmaBorsaCallsPerMinute, err));
                    started.add(start(provider, MIKRO_ISP, 0, anyPort ? 0 : ISP_PORT, farmaBorsaCallsPerMinute, err));
                }
            }
        } catch (RuntimeException e) {
            started.forEach(s -> s.sandbox().close());
            throw e;
        }
        return new DemoSandboxes(started);
    }

    private static Started start(SandboxProvider provider, String name, int records, int port, int callsPerMinute,
                                 PrintWriter err) {
        try {
            return new Started(name, provider.vendor(),
                    Sandbox.start(app(provider, records, callsPerMinute), Sandbox.LOOPBACK, port));
        } catch (RuntimeException e) {
            if (port == 0) {
                throw e;
            }
            err.println("Port " + port + " for " + name + " is taken (" + e.getMessage() + "); using a free port.");
            err.flush();
            return new Started(name, provider.vendor(), Sandbox.start(app(provider, records, callsPerMinute),
                    Sandbox.LOOPBACK, 0));
        }
    }

    /**
     * The provider's sandbox, but FarmaBorsa's with the main company's account added (its buyer is started by
     * {@link DemoActivity}); same seed and size as Mikro's, so both hold the same barcodes and stock codes.
     */
    private static SandboxApp app(SandboxProvider provider, int records, int callsPerMinute) {
        if (provider.vendor().equals("logo")) {
            // empty as DİA's; with the service cards and kasa the ISP set's invoices and cash slips name
            return new LogoSandbox(LogoSandboxOptions.builder().demoSeed(SEED).demoSize(0)
                    .services(DemoPipelines.ISP_SERVICE_CARDS.toArray(String[]::new))
                    .safeDeposits(DemoPipelines.ISP_CASH_BOX).build());
        }
        if (provider.vendor().equals("dia")) {
            // demo party codes do not depend on the seed: a seeded firm would hold Merkez's codes as other cards
            return provider.create(SEED, 0);
        }
        if (!provider.vendor().equals("farmaborsa")) {
            return provider.create(SEED, records);
        }
        FarmaBorsaSandboxOptions.Builder options = FarmaBorsaSandboxOptions.builder().demoSeed(SEED).demoSize(records);
        FARMABORSA_STORES.stream().map(Store::account).forEach(a -> options.account(a.nick(), a.parola(), a.apiKey()));
        return new FarmaBorsaSandbox(options.rateLimit(callsPerMinute, Duration.ofMinutes(1)).build());
    }

    static String displayName(String vendor) {
        return switch (vendor) {
            case "farmaborsa" -> FARMABORSA;
            case "dia" -> DIA;
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
