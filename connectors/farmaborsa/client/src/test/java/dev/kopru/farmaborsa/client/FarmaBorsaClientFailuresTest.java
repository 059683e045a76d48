package dev.kopru.farmaborsa.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.testkit.vendor.VendorDouble;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the client turns FarmaBorsa's answers, and the lack of one, into the SPI's outcomes. */
class FarmaBorsaClientFailuresTest {

    private static final String PAROLA = "gizli-Parola-42";
    private static final String API_KEY = "KEY-9f8e7d6c";

    @Test
    void names_the_field_a_refusal_mentions() throws Exception {
        ConnectorException.Validation refused = refusedListing("{\"hata\":true,\"mesaj\":\"urunAd zorunludur\"}");
        assertThat(refused.field()).contains("urunAd");
        assertThat(refused.vendorMessage()).contains("urunAd zorunludur");
        assertThat(refused.getMessage()).contains("IlanKaydet", "urunAd zorunludur");
    }

    @Test
    void prefers_the_longest_field_name_a_refusal_mentions() throws Exception {
        ConnectorException.Validation refused = refusedListing(
                "{\"hata\":true,\"mesaj\":\"maxAdet adet alanından büyük olamaz\"}");
        assertThat(refused.field()).contains("maxAdet");
    }

    @Test
    void reads_a_refused_product_change_as_the_barcodes_fault() throws Exception {
        ConnectorException.Validation refused = refusedListing("{\"hata\":true,\"mesaj\":\"Ürün değiştirilemez\"}");
        assertThat(refused.field()).contains("barkod");
    }

    @Test
    void reports_an_unknown_listing_as_not_found() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(
                VendorDouble.Reply.json(200, "{\"hata\":true,\"mesaj\":\"İlan bulunamadı\",\"ilan\":0}"))) {
            ConnectorException.NotFound missing = catchThrowableOfType(ConnectorException.NotFound.class,
                    () -> client(vendor).urunErpKaydetme(999, "STK-1"));
            assertThat(missing.vendorMessage()).contains("İlan bulunamadı");
        }
    }

    @Test
    void reads_the_rate_limit_message_in_an_http_200_answer_as_rate_limited() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200,
                "{\"hata\":true,\"mesaj\":\"1 dk'da maksimum 10 istek atabilirsiniz.\"}"))) {
            ConnectorException.RateLimited limited = catchThrowableOfType(ConnectorException.RateLimited.class,
                    () -> client(vendor).ilanlarimListesi(IlanDurumu.AKTIF));
            assertThat(limited.retryAfter()).isEqualTo(Duration.ofMinutes(1));
            assertThat(vendor.received()).as("a throttled read is not retried by the client").hasSize(1);
        }
    }

    @Test
    void never_puts_a_secret_into_a_message_or_into_to_string_even_when_the_vendor_echoes_it() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200,
                "{\"hata\":true,\"mesaj\":\"Kullanıcı adı, parola veya apiKey hatalı: " + PAROLA + " / " + API_KEY
                        + "\"}"))) {
            FarmaBorsaClient client = client(vendor);
            ConnectorException.AuthRejected rejected = catchThrowableOfType(ConnectorException.AuthRejected.class,
                    () -> client.ilanlarimListesi(IlanDurumu.AKTIF));
            assertThat(rejected.getMessage()).doesNotContain(PAROLA).doesNotContain(API_KEY);
            assertThat(rejected.vendorMessage().orElseThrow()).doesNotContain(PAROLA).doesNotContain(API_KEY);
            assertThat(client.toString()).doesNotContain(PAROLA).doesNotContain(API_KEY).contains("nick=eczane");
            assertThat(client.config().toString()).doesNotContain(PAROLA).doesNotContain(API_KEY);
            assertThat(vendor.only().body()).as("but every body carries them")
                    .contains("\"nick\":\"eczane\"", "\"parola\":\"" + PAROLA + "\"", "\"apiKey\":\"" + API_KEY + "\"");
        }
    }

    @Test
    void a_write_whose_response_is_lost_is_in_doubt_and_sent_once() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200,
                "{\"hata\":false,\"mesaj\":\"BAŞARILI\"}").delayedBy(3_000))) {
            FarmaBorsaClient client = new FarmaBorsaClient(config(vendor).requestTimeout(Duration.ofMillis(300))
                    .build());
            ConnectorException.InDoubt doubt = catchThrowableOfType(ConnectorException.InDoubt.class,
                    () -> client.siparisOnayla(550012));
            assertThat(doubt.getMessage()).contains("SiparisOnayIptalIslem");
            assertThat(vendor.received()).hasSize(1);
        }
    }

    @Test
    void a_write_answered_with_a_server_error_is_in_doubt_and_not_retried() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(500, "{\"Message\":\"error\"}"))) {
            assertThat(catchThrowableOfType(ConnectorException.InDoubt.class,
                    () -> client(vendor).satFaturaKaydet(1, "https://x.example/f.pdf"))).isNotNull();
            assertThat(vendor.received()).hasSize(1);
        }
    }

    @Test
    void a_read_answered_with_a_server_error_is_transient_and_sent_once_because_retries_belong_to_the_chain()
            throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(503, ""),
                VendorDouble.Reply.json(200, "{\"hata\":false,\"mesaj\":\"BAŞARILI\",\"ilanlarimList\":[]}"))) {
            FarmaBorsaClient client = new FarmaBorsaClient(config(vendor).build());
            assertThat(catchThrowableOfType(ConnectorException.Transient.class,
                    () -> client.ilanlarimListesi(IlanDurumu.PASIF))).isNotNull();
            assertThat(vendor.received()).hasSize(1);
            assertThat(client.rateLimitMetrics().calls()).as("the call took its turn").isEqualTo(1);
        }
    }

    @Test
    void a_write_to_a_closed_port_sent_nothing_and_is_transient() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        FarmaBorsaClient client = new FarmaBorsaClient(FarmaBorsaConfig.builder().baseUrl("http://127.0.0.1:" + port)
                .nick("eczane").parola(PAROLA).apiKey(API_KEY).build());
        assertThat(catchThrowableOfType(ConnectorException.Transient.class, () -> client.siparisOnayla(1)))
                .isNotNull();
    }

    @Test
    void sends_the_invoice_url_to_the_api_path_when_the_documented_path_has_no_route() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(404, ""),
                VendorDouble.Reply.json(200, "{\"hata\":false,\"mesaj\":\"BAŞARILI\"}"))) {
            client(vendor).satFaturaKaydet(550012, "https://eczane.example/fatura/1.pdf");
            assertThat(vendor.received()).extracting(VendorDouble.Received::path)
                    .containsExactly("/Entegre/SatFaturaKaydet", "/api/Entegre/SatFaturaKaydet");
        }
    }

    @Test
    void a_listing_saved_without_a_code_or_a_request_is_in_doubt() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200,
                "{\"urunTalep\":0,\"urun\":0,\"ilan\":0,\"hata\":false,\"mesaj\":\"BAŞARILI\"}"))) {
            assertThat(catchThrowableOfType(ConnectorException.InDoubt.class,
                    () -> client(vendor).ilanKaydet(listing()))).isNotNull();
        }
    }

    @Test
    void reads_a_listing_update_as_saved_under_its_code() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200,
                "{\"urunTalep\":0,\"urun\":40114,\"ilan\":84380,\"hata\":false,\"mesaj\":\"BAŞARILI\"}"))) {
            IlanKaydetSonucu saved = client(vendor).ilanKaydet(IlanInput.builder().ilan(84380).urunAd("X")
                    .barkod("7612076396470").adet(3).miadTip(3).tutar(new BigDecimal("10.00")).build());
            assertThat(saved).isEqualTo(new IlanKaydetSonucu.IlanKaydedildi(84380, 40114, "BAŞARILI"));
            assertThat(vendor.only().body()).contains("\"ilan\":84380");
        }
    }

    @Test
    void refuses_a_buyer_only_status_for_the_sellers_list_before_sending() throws Exception {
        try (VendorDouble vendor = new VendorDouble()) {
            assertThat(catchThrowableOfType(IllegalArgumentException.class,
                    () -> client(vendor).siparisListesi(SiparisSorgusu.durum(SatisDurum.HEPSI))))
                    .hasMessageContaining("satisDurum");
            assertThat(vendor.received()).isEmpty();
        }
    }

    private ConnectorException.Validation refusedListing(String answer) throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200, answer))) {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client(vendor).ilanKaydet(listing()));
            assertThat(refused).isNotNull();
            assertThat(vendor.received()).hasSize(1);
            return refused;
        }
    }

    private static IlanInput listing() {
        return IlanInput.builder().urunAd("Parol 500 mg").barkod("8699514010021").adet(5).maxAdet(2).miadTip(3)
                .tutar(new BigDecimal("45.00")).build();
    }

    private static FarmaBorsaConfig.Builder config(VendorDouble vendor) {
        return FarmaBorsaConfig.builder().baseUrl(vendor.url()).nick("eczane").parola(PAROLA).apiKey(API_KEY)
                .rateLimit(1000, Duration.ofMinutes(1));
    }

    private static FarmaBorsaClient client(VendorDouble vendor) {
        return new FarmaBorsaClient(config(vendor).build());
    }
}
