package dev.kopru.mikro.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.testkit.golden.GoldenExchange;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.vendor.VendorDouble;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden exchange: the client builds exactly the fixture's request (method, path, body) and reads the
 * fixture's response into the expected result or failure.
 */
class GoldenExchangesTest {

    /** connectors/mikro/golden; its README states the matching rules. */
    static final Path GOLDEN = Path.of("..", "golden");
    /** The fixtures' day and password: {@code ${sifre}} is their daily hash. */
    static final LocalDate DAY = LocalDate.of(2025, 11, 22);
    static final String PASSWORD = "123asd";

    /** Noon in Istanbul on the fixtures' day. */
    static final Clock FIXTURE_DAY = Clock.fixed(Instant.parse("2025-11-22T09:00:00Z"), ZoneOffset.UTC);

    /** What each fixture's exchange is, from the client's side: the call, and what must come of it. */
    static final Map<String, Consumer<MikroClient>> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("G01-health-check2.json", client -> assertThat(client.healthCheck2().up()).isTrue());
        SCENARIOS.put("G02-login.json", MikroClient::apiLogin);
        SCENARIOS.put("G02-login-wrong-key.json", client -> {
            ConnectorException.AuthRejected rejected =
                    catchThrowableOfType(ConnectorException.AuthRejected.class, client::apiLogin);
            assertThat(rejected).isNotNull();
            assertThat(rejected.vendorMessage()).contains("Geçersiz api key");
            assertThat(rejected.getMessage()).contains("APILogin").doesNotContain("WRONG-KEY");
        });
        SCENARIOS.put("G03-customer-list-v3.json", client -> {
            List<CariKaydi> rows = client.cariListesiV3(new CariListesiV3Sorgusu("", "", 2,
                    CariListesiV3Sorgusu.BEGINNING, LocalDate.of(2025, 11, 22), "-cari_kod", 2, 0));
            assertThat(rows).extracting(CariKaydi::cari_kod).containsExactly("120.01.002", "120.01.001");
            assertThat(rows.get(1).cari_unvan1()).isEqualTo("Aliağa Denizcilik Ltd. Şti.");
            assertThat(rows.get(1).cari_vdaire_no()).isEqualTo("9876543210");
        });
        SCENARIOS.put("G04-customer-create.json", client -> {
            List<KayitSonucu> saved = client.cariKaydetV2(List.of(GoldenRecords.testCari()));
            assertThat(saved).singleElement().satisfies(s -> {
                assertThat(s.kod()).contains("120.01.999");
                assertThat(s.guid()).isPresent();
            });
        });
        SCENARIOS.put("G05-item-list.json", client -> {
            List<StokKaydi> rows = client.stokListesiV2(new StokListesiSorgusu("", 2, LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 11, 22), "-sto_kod", 5, 0));
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.sto_kod()).isEqualTo("BAR-001");
                assertThat(row.sto_birim1_ad()).isEqualTo("ADET");
                assertThat(row.sto_perakende_vergi()).isEqualTo(20);
            });
        });
        SCENARIOS.put("G06-invoice-create-v2.json", client -> {
            List<KayitSonucu> saved = client.faturaKaydetV2(List.of(GoldenRecords.fatura("120.01.001")));
            assertThat(saved).singleElement().satisfies(s -> {
                assertThat(s.seri()).contains("ALP");
                assertThat(s.sira()).contains(1);
            });
        });
        SCENARIOS.put("G06-invoice-unknown-customer.json", client -> {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client.faturaKaydetV2(List.of(GoldenRecords.fatura("120.01.404"))));
            assertThat(refused).isNotNull();
            assertThat(refused.field()).contains("cha_kod");
            assertThat(refused.vendorMessage()).contains("Cari bulunamadı: 120.01.404");
            assertThat(refused.getMessage()).contains("FaturaKaydetV2", "cha_kod", "Cari bulunamadı: 120.01.404");
        });
        SCENARIOS.put("G07-receipt-v2.json", client -> {
            List<KayitSonucu> saved = client.tahsilatTediyeKaydetV2(List.of(GoldenRecords.tahsilat()));
            assertThat(saved).singleElement().satisfies(s -> assertThat(s.seri()).contains("THS"));
        });
        SCENARIOS.put("G08-sql-read.json", client -> {
            List<SqlRow> rows = client.sqlVeriOkuV2(
                    "SELECT TOP 2 cari_kod, cari_unvan1 FROM CARI_HESAPLAR ORDER BY cari_kod");
            assertThat(rows).extracting(r -> r.text("cari_kod")).containsExactly("120.01.001", "120.01.002");
            assertThat(rows.get(1).text("CARI_UNVAN1")).isEqualTo("Ege Liman Hizmetleri A.Ş.");
        });
        SCENARIOS.put("G09-change-log-read.json", client -> assertThat(client.kayitOkuV2(
                new KayitOkuSorgusu(31, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 22), 5, 0))).isEmpty());
        SCENARIOS.put("G10-edocument-status.json", client -> assertThat(client.eBelgeDurumSorgulamaV2(
                new EBelgeSorgusu(0, 0, "381EF1A7-BE66-44E6-A3C2-65D75D05C78A")).path("DurumKodu").asInt())
                .isEqualTo(1300));
    }

    /**
     * Fixtures whose request this client never sends: the vendor's answer to it is the sandbox's to give (the
     * sandbox module tests it), ours is to refuse the call before anything leaves.
     */
    static final Map<String, Consumer<MikroClient>> REFUSED_BEFORE_SENDING = Map.of(
            "G08-sql-non-select.json", client -> {
                InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                        () -> client.sqlVeriOkuV2("DELETE FROM CARI_HESAPLAR"));
                assertThat(refused).isNotNull();
                assertThat(refused.field()).isEqualTo("SQLSorgu");
            });

    /** The fixtures whose exchange the client makes. */
    static List<String> fixtures() {
        return GoldenJson.files(GOLDEN).stream().filter(f -> !REFUSED_BEFORE_SENDING.containsKey(f)).toList();
    }

    static GoldenExchange load(String file) {
        return GoldenExchange.load(GOLDEN, file);
    }

    /** The ApiKey the fixture's request carries (at top level for APILogin, else in the Mikro block). */
    static String apiKey(GoldenExchange fixture) {
        JsonNode body = fixture.requestBody();
        return body.path("ApiKey").asText(body.path("Mikro").path("ApiKey").asText("DEMO-KEY"));
    }

    @Test
    void every_golden_fixture_has_a_scenario_and_every_scenario_a_fixture() {
        assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrderElementsOf(fixtures());
        assertThat(GoldenJson.files(GOLDEN)).containsAll(REFUSED_BEFORE_SENDING.keySet());
    }

    @Test
    void refuses_what_the_read_only_guard_refuses_without_sending_anything() throws Exception {
        for (var refused : REFUSED_BEFORE_SENDING.entrySet()) {
            GoldenExchange fixture = load(refused.getKey());
            try (VendorDouble vendor = VendorDouble.replying(fixture.reply())) {
                refused.getValue().accept(new MikroClient(config(vendor, apiKey(fixture))));
                assertThat(vendor.received()).as(refused.getKey()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sends_the_golden_request_and_reads_the_golden_response(String file) throws Exception {
        GoldenExchange fixture = load(file);
        try (VendorDouble vendor = VendorDouble.replying(fixture.reply())) {
            MikroClient client = new MikroClient(config(vendor, apiKey(fixture)));

            SCENARIOS.get(file).accept(client);

            VendorDouble.Received request = vendor.only();
            assertThat(request.method()).isEqualTo(fixture.method());
            assertThat(request.path()).isEqualTo(fixture.path());
            fixture.assertRequestBody(request.body(), Map.of("sifre", DailyPassword.hash(DAY, PASSWORD)));
        }
    }

    @Test
    void sends_the_dotless_i_of_KayitOkuV2_percent_encoded() throws Exception {
        GoldenExchange fixture = load("G09-change-log-read.json");
        try (VendorDouble vendor = VendorDouble.replying(fixture.reply())) {
            new MikroClient(config(vendor, "DEMO-KEY")).kayitOkuV2(
                    new KayitOkuSorgusu(31, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 22), 5, 0));
            assertThat(vendor.only().rawPath()).isEqualTo("/API/APIMethods/Kay%C4%B1tOkuV2");
        }
    }

    static MikroConfig config(VendorDouble vendor, String apiKey) {
        return config(vendor.url(), apiKey);
    }

    static MikroConfig config(String url, String apiKey) {
        return MikroConfig.builder().baseUrl(url).apiKey(apiKey).firmaKodu("KOPRU").calismaYili("2025")
                .kullaniciKodu("SRV").password(PASSWORD).clock(FIXTURE_DAY).build();
    }
}
