package dev.kopru.wiradius.sandbox;

import dev.kopru.testkit.sandbox.SandboxApp;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Lets {@code kopru sandbox wiradius} and the demo start this sandbox with DESIGN.md's demo operator. */
public final class WiradiusSandboxProvider implements SandboxProvider {

    @Override
    public String vendor() {
        return "wiradius";
    }

    @Override
    public int defaultPort() {
        return 8096;
    }

    @Override
    public SandboxApp create(long seed, int records) {
        // The twelve months before this one, so that a demo's first read (a year back) finds them; the same data all
        // month long.
        LocalDate thisMonth = LocalDate.now(ZoneId.of("Europe/Istanbul")).withDayOfMonth(1);
        return new WiradiusSandbox(WiradiusSandboxOptions.builder().demoSeed(seed).subscribers(records)
                .referenceDate(thisMonth).build());
    }

    @Override
    public List<String> credentials() {
        return List.of(
                "api_code demo-api-code (the last path segment: POST /invoice/cari_list/demo-api-code)",
                "uniq_code demo-uniq-code (a form field of every request, multipart or urlencoded)",
                "knobs: GET/PUT /_sandbox/wiradius/settings (allowedIps, emptyData, validationStatus)");
    }
}
