package dev.kopru.mikro.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.input.InvalidInputException;
import dev.kopru.testkit.golden.GoldenExchange;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.vendor.VendorDouble;
import java.nio.charset.StandardCharsets;
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

    /** The golden incoming e-invoice GLD2025000000101 (G19, G20). */
    static final String INCOMING_UUID = "6f8760c4-aef1-3d37-a351-8c7ede50655c";

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
        SCENARIOS.put("G17-invoice-unknown-stock.json", client -> {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client.faturaKaydetV2(List.of(GoldenRecords.fatura("120.01.001", "YOK-404"))));
            assertThat(refused).isNotNull();
            assertThat(refused.field()).contains("sth_stok_kod");
            assertThat(refused.vendorMessage()).contains("Stok kodu bulunamadı!");
        });
        SCENARIOS.put("G11-wrong-password.json", client -> {
            ConnectorException.AuthRejected rejected = catchThrowableOfType(ConnectorException.AuthRejected.class,
                    () -> client.cariListesiV3(listAll("")));
            assertThat(rejected).isNotNull();
            assertThat(rejected.vendorMessage()).contains("connection error - Şifre Hatalı!");
        });
        SCENARIOS.put("G12-unknown-company.json", client -> assertThat(catchThrowableOfType(
                ConnectorException.AuthRejected.class, () -> client.cariListesiV3(listAll(""))).vendorMessage())
                .hasValueSatisfying(message -> assertThat(message).contains("Veritabanı bulunamadı!")));
        SCENARIOS.put("G13-unknown-year.json", client -> assertThat(catchThrowableOfType(
                ConnectorException.AuthRejected.class, () -> client.cariListesiV3(listAll(""))).getMessage())
                .contains("Çalışma yılı bulunamadı: 1999", "CalismaYili"));
        SCENARIOS.put("G14-customer-list-exact-code.json",
                client -> assertThat(client.cariListesiV3(listAll("120.01"))).isEmpty());
        SCENARIOS.put("G15-sql-bad-column.json", client -> {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client.sqlVeriOkuV2("SELECT cari_unvan FROM CARI_HESAPLAR"));
            assertThat(refused).as("a SQL error is no credential refusal, though its StatusCode is 401").isNotNull();
            assertThat(refused.field()).contains("SQLSorgu");
            assertThat(refused.vendorMessage()).hasValueSatisfying(
                    message -> assertThat(message).startsWith("Invalid column name 'cari_unvan'"));
        });
        SCENARIOS.put("G16-sql-without-query.json", client -> {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client.raw(MikroOperation.SQL_VERI_OKU_V2, GoldenJson.JSON.createObjectNode()));
            assertThat(refused).isNotNull();
            assertThat(refused.field()).contains("SQLSorgu");
        });
        SCENARIOS.put("G18-sql-values.json", client -> {
            SqlRow row = client.sqlVeriOkuV2("SELECT TOP 1 cari_kod, cari_create_date, cari_doviz_cinsi2, cari_Guid,"
                    + " CAST(15000 AS FLOAT) AS tutar, CAST(0 AS BIT) AS iptal FROM CARI_HESAPLAR ORDER BY cari_kod")
                    .getFirst();
            assertThat(row.date("cari_create_date")).isEqualTo(LocalDate.of(2025, 3, 3));
            assertThat(row.instant("cari_create_date")).isEqualTo(Instant.parse("2025-03-03T06:00:00Z"));
            assertThat(row.integer("cari_doviz_cinsi2")).isEqualTo(255);
            assertThat(row.text("cari_Guid")).as("a Guid is read bare and lower case")
                    .isEqualTo("6b9d6b06-03ba-3bd1-b40e-e3de24ec1af1");
            assertThat(row.decimal("tutar")).isEqualByComparingTo("15000");
            assertThat(row.flag("iptal")).isFalse();
        });
        SCENARIOS.put("G19-edocument-xml.json", client -> assertThat(client.eBelgeXmlV2(INCOMING_UUID))
                .startsWith("<?xml").contains("<cbc:ID>GLD2025000000101</cbc:ID>",
                        "<cbc:PayableAmount currencyID=\"TRY\">15000.00</cbc:PayableAmount>"));
        SCENARIOS.put("G20-incoming-invoice-pdf.json", client -> assertThat(
                new String(client.gelenFaturaPdfV2(INCOMING_UUID), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-"));
        SCENARIOS.put("G21-sql-report.json", client -> {
            // the query of real reports as the fixture writes it (OUTER APPLY, STUFF with FOR XML PATH)
            List<SqlRow> rows = client.sqlVeriOkuV2(load("G21-sql-report.json").requestBody().path("SQLSorgu")
                    .asText());
            assertThat(rows).extracting(r -> r.text("cari_kod")).containsExactly("120.01.001", "120.01.002");
            assertThat(rows.get(0).date("son_fatura")).isEqualTo(LocalDate.of(2025, 10, 15));
            assertThat(rows.get(0).decimal("bakiye")).isEqualByComparingTo("1200");
            assertThat(rows.get(0).text("belgeler")).isEqualTo("EFT-1");
            assertThat(rows.get(0).decimal("kdv_payi")).isEqualByComparingTo("240.00");
            assertThat(rows.get(1).text("son_fatura")).isNull();
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

    /** The G3 listing with {@code CariKod} {@code kod}. */
    static CariListesiV3Sorgusu listAll(String kod) {
        return new CariListesiV3Sorgusu(kod, "", 2, CariListesiV3Sorgusu.BEGINNING, LocalDate.of(2025, 11, 22),
                "-cari_kod", 2, 0);
    }

    /** The fixtures whose exchange the client makes. */
    static List<String> fixtures() {
        return GoldenJson.files(GOLDEN).stream().filter(f -> !REFUSED_BEFORE_SENDING.containsKey(f)).toList();
    }

    static GoldenExchange load(String file) {
        return GoldenExchange.load(GOLDEN, file);
    }

    /** The credential {@code name} the fixture's request carries (at top level for APILogin, else in Mikro). */
    static String credential(GoldenExchange fixture, String name, String otherwise) {
        JsonNode body = fixture.requestBody();
        return body.path(name).asText(body.path("Mikro").path(name).asText(otherwise));
    }

    /**
     * The client's connection for a fixture: the credentials its request carries, and the password it names
     * ({@code "password"}, for a refused one) or the fixtures' own.
     */
    static MikroConfig config(GoldenExchange fixture, String url) {
        return MikroConfig.builder().baseUrl(url).apiKey(credential(fixture, "ApiKey", "DEMO-KEY"))
                .firmaKodu(credential(fixture, "FirmaKodu", "KOPRU"))
                .calismaYili(credential(fixture, "CalismaYili", "2025")).kullaniciKodu("SRV")
                .password(fixture.root().path("password").asText(PASSWORD)).clock(FIXTURE_DAY).build();
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
                refused.getValue().accept(new MikroClient(config(fixture, vendor.url())));
                assertThat(vendor.received()).as(refused.getKey()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sends_the_golden_request_and_reads_the_golden_response(String file) throws Exception {
        GoldenExchange fixture = load(file);
        try (VendorDouble vendor = VendorDouble.replying(fixture.reply())) {
            MikroClient client = new MikroClient(config(fixture, vendor.url()));

            SCENARIOS.get(file).accept(client);

            // A refused password is renewed once with the adjacent day's hash: the same request, sent again.
            assertThat(vendor.received()).hasSizeBetween(1, 2);
            for (VendorDouble.Received request : vendor.received()) {
                assertThat(request.method()).isEqualTo(fixture.method());
                assertThat(request.path()).isEqualTo(fixture.path());
                fixture.assertRequestBody(request.body(), Map.of("sifre", DailyPassword.hash(DAY, PASSWORD)));
            }
        }
    }

    @Test
    void sends_the_dotless_i_of_KayitOkuV2_percent_encoded() throws Exception {
        GoldenExchange fixture = load("G09-change-log-read.json");
        try (VendorDouble vendor = VendorDouble.replying(fixture.reply())) {
            new MikroClient(config(fixture, vendor.url())).kayitOkuV2(
                    new KayitOkuSorgusu(31, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 22), 5, 0));
            assertThat(vendor.only().rawPath()).isEqualTo("/API/APIMethods/Kay%C4%B1tOkuV2");
        }
    }
}
