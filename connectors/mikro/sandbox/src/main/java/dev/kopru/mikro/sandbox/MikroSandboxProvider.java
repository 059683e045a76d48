package dev.kopru.mikro.sandbox;

import dev.kopru.testkit.sandbox.SandboxApp;
import dev.kopru.testkit.sandbox.SandboxProvider;
import java.time.LocalDate;
import java.util.List;

/** Lets {@code kopru sandbox mikro} and the demo start this sandbox with DESIGN.md's demo credentials. */
public final class MikroSandboxProvider implements SandboxProvider {

    @Override
    public String vendor() {
        return "mikro";
    }

    @Override
    public int defaultPort() {
        return 8094;
    }

    @Override
    public SandboxApp create(long seed, int records) {
        return new MikroSandbox(MikroSandboxOptions.builder().demoSeed(seed).demoSize(records).build());
    }

    @Override
    public List<String> credentials() {
        int year = LocalDate.now(MikroSandboxOptions.ISTANBUL).getYear();
        return List.of(
                "V2/V3 credential block: ApiKey demo-api-key, FirmaKodu DEMO, CalismaYili " + year
                        + ", KullaniciKodu SRV, password admin123 (Sifre = MD5 of \"yyyy-MM-dd admin123\", Istanbul date)",
                "seed 000's V1 login: KullaniciAdi admin, Sifre admin123, FirmaNo 1, Donem 1");
    }
}
