package dev.kopru.testkit.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * One per vendor sandbox, found through {@link ServiceLoader}, so that {@code ./kopru sandbox <vendor>} and the
 * demo can start any sandbox on the class path with its demo credentials.
 */
public interface SandboxProvider {

    /** The vendor name, as in the connector's descriptor (e.g. {@code mikro}). */
    String vendor();

    /** The vendor's usual port (DESIGN.md), used when none is given. */
    int defaultPort();

    /** A sandbox with the demo credentials, seeded with {@code records} demo records from {@code seed}. */
    SandboxApp create(long seed, int records);

    /** What a person needs to call the sandbox: credential names and values, one per line. */
    List<String> credentials();

    static List<SandboxProvider> installed() {
        return ServiceLoader.load(SandboxProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    static Optional<SandboxProvider> forVendor(String vendor) {
        return installed().stream().filter(p -> p.vendor().equalsIgnoreCase(vendor)).findFirst();
    }
}
