package dev.kopru.farmaborsa.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.testkit.golden.GoldenExchange;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.vendor.VendorDouble;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden exchange the client makes: it builds exactly the fixture's request (method, path, body) and reads the
 * fixture's response into the expected result or failure.
 */
class GoldenExchangesTest {

    /** connectors/farmaborsa/golden; its README states the matching rules. */
    static final Path GOLDEN = Path.of("..", "golden");
    static final LocalDate NOVEMBER_1 = LocalDate.of(2025, 11, 1);
    static final LocalDate NOVEMBER_30 = LocalDate.of(2025, 11, 30);

    /** The fixtures only a server replays: the client never sends numbers as strings. */
    static final List<String> SANDBOX_ONLY = List.of("G01-listing-create-seed-strings.json");

    /** What each fixture's exchange is, from the client's side: the call, and what must come of it. */
    static final Map<String, Consumer<FarmaBorsaClient>> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("G01-listing-create.json", client -> {
            IlanKaydetSonucu saved = client.ilanKaydet(IlanInput.builder().ilan(IlanInput.NEW).urunErp("STK-0042")
                    .urunAd("DAYLONG ACTINICA GUNES").barkod("7612076396470").adet(5).miad("2026-01-31").miadTip(1)
                    .tutar(new BigDecimal("89.50")).aktif(1).borsadaGoster(true)
                    .resimUrl("https://cdn.farmaborsa.com/resimurl.jpg").build());
            assertThat(saved).isEqualTo(new IlanKaydetSonucu.IlanKaydedildi(84381, 40114, "BAŞARILI"));
        });
        SCENARIOS.put("G02-listing-create-product-request.json", client -> {
            IlanKaydetSonucu saved = client.ilanKaydet(IlanInput.builder().urunAd("test").barkod("345333453").adet(5)
                    .miadTip(2).tutar(new BigDecimal("89.5")).aktif(1).build());
            assertThat(saved).isInstanceOfSatisfying(IlanKaydetSonucu.UrunTalebiAcildi.class,
                    request -> assertThat(request.urunTalep()).isEqualTo(1207));
        });
        SCENARIOS.put("G02-product-request-status.json", client -> {
            UrunTalepDurumu durum = client.urunTalepDurum(1207);
            assertThat(durum.onaylandi()).isFalse();
            assertThat(durum.mesaj()).isEqualTo("Talep inceleniyor");
        });
        SCENARIOS.put("G03-my-listings.json", client -> {
            List<IlanlarimSatiri> rows = client.ilanlarimListesi(IlanDurumu.AKTIF);
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.kod()).isEqualTo(84380);
                assertThat(row.barkod()).isEqualTo("7612076396470");
                assertThat(row.tutar()).isEqualByComparingTo("78.90");
                assertThat(row.miad()).isEqualTo("1-2022");
                assertThat(row.psf()).isNull();
                assertThat(row.maxAdet()).isEqualTo(100);
            });
        });
        SCENARIOS.put("G04-wrong-credentials.json", client -> {
            ConnectorException.AuthRejected rejected = catchThrowableOfType(ConnectorException.AuthRejected.class,
                    () -> client.ilanlarimListesi(IlanDurumu.AKTIF));
            assertThat(rejected).isNotNull();
            assertThat(rejected.vendorMessage()).contains("Kullanıcı adı, parola veya apiKey hatalı");
            assertThat(rejected.getMessage()).contains("IlanlarimListesi").doesNotContain("wrong");
        });
        SCENARIOS.put("G05-seller-new-orders.json", client -> {
            List<SiparisBilgi> orders = client.siparisListesi(
                    SiparisSorgusu.durum(SatisDurum.YENI_SIPARIS).arasinda(NOVEMBER_1, NOVEMBER_30));
            assertThat(orders).singleElement().satisfies(order -> {
                assertThat(order.satisKod()).isEqualTo(550012);
                assertThat(order.tarihi()).isEqualTo("2025-11-21T14:05:00");
                assertThat(order.vNo()).isEqualTo("1234567890");
                assertThat(order.genelToplam()).isEqualByComparingTo("168.70");
                assertThat(order.ilanList()).extracting(SiparisIlan::kod).containsExactly(9001, 9002);
                assertThat(order.ilanList().get(1).kargoUcreti()).isTrue();
            });
        });
        SCENARIOS.put("G06-order-confirm.json", client -> client.siparisOnayla(550012));
        SCENARIOS.put("G06-order-cancel.json",
                client -> client.siparisIptal(550013, IptalSebebi.URUN_STOKTA_KALMADI, "Stok bitti"));
        SCENARIOS.put("G07-quantity-change-missing-line.json", client -> {
            // The caller's copy of the order lacks line 10000, so the client's own check passes; the vendor refuses.
            SiparisBilgi stale = order(550014, line(10001, 4));
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client.siparisMiktarDegistirerekOnaylaTalep(stale, List.of(new MiktarSatiri(10001, 3))));
            assertThat(refused).isNotNull();
            assertThat(refused.field()).contains("satisMiktarOnayList");
            assertThat(refused.vendorMessage()).contains("satisMiktarOnayList siparişin tüm ürünlerini içermelidir");
        });
        SCENARIOS.put("G07-quantity-change.json", client -> {
            SiparisBilgi order = order(550014, line(10000, 2), line(10001, 4));
            assertThat(client.siparisMiktarDegistirerekOnaylaTalep(order,
                    List.of(new MiktarSatiri(10001, 3), new MiktarSatiri(10000, 0)))).isEmpty();
        });
        SCENARIOS.put("G08-cargo-link.json", client ->
                assertThat(client.kargoLinkiOlusturma(550012)).endsWith("/kargo/550012.pdf"));
        SCENARIOS.put("G08-invoice-url.json",
                client -> client.satFaturaKaydet(550012, "https://eczane.example/fatura/ALP2025000001.pdf"));
        SCENARIOS.put("G08-erp-code.json", client -> client.urunErpKaydetme(84380, "STK-0042"));
        SCENARIOS.put("G09-buyer-open-orders.json", client -> {
            List<SiparisBilgi> orders = client.siparisListesiAlici(
                    SiparisSorgusu.durum(SatisDurum.ACIK).arasinda(NOVEMBER_1, NOVEMBER_30));
            assertThat(orders).singleElement().satisfies(order -> {
                assertThat(order.satisKod()).isEqualTo(550012);
                assertThat(order.satisDurumAd()).isEqualTo("Onaylandı");
                assertThat(order.satFaturaUrl()).isEqualTo("https://eczane.example/fatura/ALP2025000001.pdf");
                assertThat(order.ilanList()).hasSize(2);
            });
        });
        SCENARIOS.put("G10-rate-limited.json", client -> {
            ConnectorException.RateLimited limited = catchThrowableOfType(ConnectorException.RateLimited.class,
                    () -> client.ilanlarimListesi(IlanDurumu.AKTIF));
            assertThat(limited).isNotNull();
            assertThat(limited.vendorMessage()).contains("1 dk'da maksimum 10 istek atabilirsiniz.");
            assertThat(limited.retryAfter()).isPositive();
        });
    }

    static List<String> fixtures() {
        return GoldenJson.files(GOLDEN).stream().filter(f -> !SANDBOX_ONLY.contains(f)).toList();
    }

    static GoldenExchange load(String file) {
        return GoldenExchange.load(GOLDEN, file);
    }

    @Test
    void every_golden_file_has_a_scenario() {
        assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrderElementsOf(fixtures());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void the_client_sends_the_fixtures_request_and_reads_its_response(String file) throws Exception {
        GoldenExchange fixture = load(file);
        try (VendorDouble vendor = VendorDouble.replying(fixture.reply())) {
            FarmaBorsaClient client = new FarmaBorsaClient(config(vendor.url(), fixture));

            SCENARIOS.get(file).accept(client);

            VendorDouble.Received sent = vendor.only();
            assertThat(sent.method()).isEqualTo(fixture.method());
            assertThat(sent.path()).isEqualTo(fixture.path());
            fixture.assertRequestBody(sent.body(), Map.of());
        }
    }

    @Test
    void a_rate_limit_answer_without_a_retry_after_waits_the_vendors_whole_window() throws Exception {
        GoldenExchange fixture = load("G10-rate-limited.json");
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(429,
                fixture.responseBody().toString()))) {
            FarmaBorsaClient client = new FarmaBorsaClient(config(vendor.url(), fixture));

            ConnectorException.RateLimited limited = catchThrowableOfType(ConnectorException.RateLimited.class,
                    () -> client.ilanlarimListesi(IlanDurumu.AKTIF));

            assertThat(limited.retryAfter()).isEqualTo(Duration.ofMinutes(1));
        }
    }

    @Test
    void a_rate_limit_answer_reports_the_vendors_retry_after() throws Exception {
        GoldenExchange fixture = load("G10-rate-limited.json");
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(429,
                fixture.responseBody().toString()).withHeader("Retry-After", "42"))) {
            FarmaBorsaClient client = new FarmaBorsaClient(config(vendor.url(), fixture));

            ConnectorException.RateLimited limited = catchThrowableOfType(ConnectorException.RateLimited.class,
                    () -> client.ilanlarimListesi(IlanDurumu.AKTIF));

            assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(42));
        }
    }

    /** The fixture's credentials, a limit the vendor's own refusal is tested past, and one read attempt. */
    static FarmaBorsaConfig config(String baseUrl, GoldenExchange fixture) {
        JsonNode sent = fixture.requestBody();
        return FarmaBorsaConfig.builder().baseUrl(baseUrl).nick(sent.path("nick").asText())
                .parola(sent.path("parola").asText()).apiKey(sent.path("apiKey").asText()).rateLimit(1000, Duration.ofMinutes(1)).build();
    }

    static SiparisIlan line(int kod, int adet) {
        return new SiparisIlan(kod, 40114, "DAYLONG ACTINICA GUNES", "7612076396470", 10, "01-2026", adet, false,
                new BigDecimal("78.90"), new BigDecimal("71.73"), new BigDecimal("71.73").multiply(BigDecimal.valueOf(adet)));
    }

    static SiparisBilgi order(int satisKod, SiparisIlan... lines) {
        return new SiparisBilgi(satisKod, "2025-12-02T10:00:00", "", "alicieczane", null, null, null, null, null, null,
                null, null, null, "", "", null, null, null, null, null, null, List.of(lines));
    }
}
