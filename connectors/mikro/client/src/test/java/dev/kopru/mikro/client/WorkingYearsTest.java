package dev.kopru.mikro.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.mikro.sandbox.MikroSandbox;
import dev.kopru.mikro.sandbox.MikroSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A company has a database per working year (mikro.md §12.5): the client reads the year it is told, or this one. */
class WorkingYearsTest {

    static MikroConfig.Builder config(Sandbox sandbox, Clock clock) {
        return MikroConfig.builder().baseUrl(sandbox.baseUri().toString()).apiKey("DEMO-KEY").firmaKodu("KOPRU")
                .kullaniciKodu("SRV").password("123asd").clock(clock);
    }

    @Test
    void each_year_has_its_own_data_and_a_past_year_is_read_by_asking_for_it() {
        try (Sandbox sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples().year(2024)
                .build()), 0)) {
            MikroClient current = new MikroClient(config(sandbox, GoldenExchangesTest.FIXTURE_DAY)
                    .calismaYili("2025").build());
            MikroClient past = current.inYear(2024);

            past.cariKaydetV2(List.of(GoldenRecords.testCari()));

            String query = "SELECT COUNT(*) AS n FROM CARI_HESAPLAR WHERE cari_kod = '120.01.999'";
            assertThat(past.sqlVeriOkuV2(query).getFirst().integer("n")).isEqualTo(1);
            assertThat(current.sqlVeriOkuV2(query).getFirst().integer("n")).isZero();
        }
    }

    @Test
    void without_a_configured_year_each_call_carries_the_istanbul_year_of_its_day() {
        // 22:30 UTC on New Year's Eve is already New Year's Day in Istanbul.
        Clock newYear = Clock.fixed(Instant.parse("2025-12-31T22:30:00Z"), ZoneOffset.UTC);
        try (Sandbox sandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples().year(2026)
                .clock(newYear).build()), 0)) {
            MikroClient client = new MikroClient(config(sandbox, newYear).build());

            client.cariKaydetV2(List.of(GoldenRecords.testCari()));

            assertThat(client.inYear(2026).sqlVeriOkuV2("SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_kod = "
                    + "'120.01.999'")).hasSize(1);
            assertThat(client.inYear(2025).sqlVeriOkuV2("SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_kod = "
                    + "'120.01.999'")).isEmpty();
        }
    }
}
