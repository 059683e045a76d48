package dev.kopru.mikro.client;

import dev.kopru.connector.kit.json.VendorJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.testkit.vendor.VendorDouble;
import dev.kopru.testkit.vendor.VendorDouble.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the client turns Mikro's failures into the SPI's outcomes, and which calls it sends again. */
class MikroClientFailuresTest {

    private static final String OK_EMPTY = envelope(200, false, null, "[]");
    private static final String SQL_OK = envelope(200, false, null, "[{\"SQLResult1\":[{\"ok\":1}]}]");
    private static final ObjectMapper JSON = VendorJson.mapper();

    private static String envelope(int code, boolean error, String message, String data) {
        return "{\"result\":[{\"StatusCode\":" + code + ",\"IsError\":" + error + ",\"ErrorMessage\":"
                + (message == null ? "null" : "\"" + message + "\"") + ",\"Data\":" + data + "}]}";
    }

    private static MikroConfig.Builder config(String url, Instant now) {
        return MikroConfig.builder().baseUrl(url).apiKey("SECRET-API-KEY").firmaKodu("KOPRU").calismaYili("2025")
                .kullaniciKodu("SRV").password("pa55word").clock(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static MikroClient client(VendorDouble vendor) {
        return new MikroClient(config(vendor.url(), Instant.parse("2025-11-22T09:00:00Z")).build());
    }

    private static String sifreOf(VendorDouble.Received request) throws IOException {
        return JSON.readTree(request.body()).path("Mikro").path("Sifre").asText();
    }

    @Test
    void retries_once_with_the_utc_day_when_the_daily_hash_is_refused_near_midnight() throws Exception {
        Instant lateUtcEvening = Instant.parse("2025-11-21T22:10:00Z"); // 01:10 on the 22nd in Istanbul
        try (VendorDouble vendor = VendorDouble.replying(
                Reply.json(200, envelope(401, true, "Şifre hatalı", "null")), Reply.json(200, SQL_OK))) {
            MikroClient client = new MikroClient(config(vendor.url(), lateUtcEvening).build());

            assertThat(client.sqlVeriOkuV2("SELECT 1 AS ok")).hasSize(1);

            List<VendorDouble.Received> sent = vendor.received();
            assertThat(sent).hasSize(2);
            assertThat(sifreOf(sent.get(0))).isEqualTo(DailyPassword.hash(LocalDate.of(2025, 11, 22), "pa55word"));
            assertThat(sifreOf(sent.get(1))).isEqualTo(DailyPassword.hash(LocalDate.of(2025, 11, 21), "pa55word"));
        }
    }

    @Test
    void gives_up_after_the_adjacent_day_is_refused_too_without_showing_secrets() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, envelope(401, true, "Şifre hatalı", "null")))) {
            ConnectorException.AuthRejected rejected = catchThrowableOfType(ConnectorException.AuthRejected.class,
                    () -> client(vendor).sqlVeriOkuV2("SELECT 1 AS ok"));

            assertThat(rejected).isNotNull();
            assertThat(vendor.received()).hasSize(2);
            assertThat(rejected.vendorMessage()).contains("Şifre hatalı");
            assertThat(rejected.getMessage()).contains("SqlVeriOkuV2").doesNotContain("pa55word", "SECRET-API-KEY");
        }
    }

    @Test
    void an_invalid_api_key_is_rejected_without_a_second_try() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(
                Reply.json(200, envelope(401, true, "Geçersiz api key", "null")))) {
            assertThat(catchThrowableOfType(ConnectorException.AuthRejected.class,
                    () -> client(vendor).sqlVeriOkuV2("SELECT 1 AS ok"))).isNotNull();
            assertThat(vendor.received()).hasSize(1);
        }
    }

    @Test
    void a_read_answered_with_a_server_error_is_transient_and_sent_once_because_retries_belong_to_the_chain()
            throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(500, ""), Reply.json(200, SQL_OK))) {
            assertThat(catchThrowableOfType(ConnectorException.Transient.class,
                    () -> client(vendor).sqlVeriOkuV2("SELECT 1 AS ok"))).isNotNull();
            assertThat(vendor.received()).hasSize(1);
        }
    }

    @Test
    void a_read_refused_with_a_server_error_in_the_envelope_is_transient_with_mikros_message() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, envelope(500, true, "Sunucu hatası", "null")))) {
            ConnectorException.Transient failed = catchThrowableOfType(ConnectorException.Transient.class,
                    () -> client(vendor).cariListesiV3(new CariListesiV3Sorgusu("", "", 2,
                            CariListesiV3Sorgusu.BEGINNING, LocalDate.of(2025, 11, 22), "cari_kod", 10, 0)));
            assertThat(failed).isNotNull();
            assertThat(vendor.received()).hasSize(1);
            assertThat(failed.vendorMessage()).contains("Sunucu hatası");
        }
    }

    @Test
    void a_write_answered_with_a_server_error_is_in_doubt_and_sent_only_once() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(502, "<html>Bad gateway</html>"))) {
            ConnectorException.InDoubt inDoubt = catchThrowableOfType(ConnectorException.InDoubt.class,
                    () -> client(vendor).faturaKaydetV2(List.of(GoldenRecords.fatura("120.01.001"))));
            assertThat(inDoubt).isNotNull();
            assertThat(inDoubt.operation()).isEqualTo("FaturaKaydetV2");
            assertThat(vendor.received()).hasSize(1);
        }
    }

    @Test
    void a_write_whose_response_times_out_is_in_doubt_and_sent_only_once() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, OK_EMPTY).delayedBy(1_000))) {
            MikroClient client = new MikroClient(config(vendor.url(), Instant.parse("2025-11-22T09:00:00Z"))
                    .requestTimeout(Duration.ofMillis(200)).build());
            ConnectorException.InDoubt inDoubt = catchThrowableOfType(ConnectorException.InDoubt.class,
                    () -> client.cariKaydetV2(List.of(GoldenRecords.testCari())));
            assertThat(inDoubt).isNotNull();
            assertThat(inDoubt.getMessage()).contains("CariKaydetV2", "timed out", "natural key");
            assertThat(vendor.received()).hasSize(1);
        }
    }

    @Test
    void a_write_to_a_server_that_is_not_listening_is_transient_because_nothing_was_sent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MikroClient client = new MikroClient(
                config("http://127.0.0.1:" + closedPort, Instant.parse("2025-11-22T09:00:00Z")).build());
        assertThat(catchThrowableOfType(ConnectorException.Transient.class,
                () -> client.cariKaydetV2(List.of(GoldenRecords.testCari())))).isNotNull();
    }

    @Test
    void a_write_refused_with_a_message_is_a_validation_naming_the_required_field() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(
                Reply.json(200, envelope(400, true, "cari_unvan1 alanı zorunludur", "null")))) {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client(vendor).cariKaydetV2(List.of(GoldenRecords.testCari())));
            assertThat(refused.field()).contains("cari_unvan1");
            assertThat(refused.getMessage()).contains("CariKaydetV2", "cari_unvan1 alanı zorunludur");
        }
    }

    @Test
    void the_envelope_decides_over_an_http_error_status() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(
                Reply.json(500, envelope(400, true, "Stok bulunamadı: X-1", "null")))) {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client(vendor).faturaKaydetV2(List.of(GoldenRecords.fatura("120.01.001"))));
            assertThat(refused.field()).contains("sth_stok_kod");
        }
    }

    @Test
    void a_throttled_call_is_rate_limited_for_the_retry_after_seconds() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(429, "").withHeader("Retry-After", "7"))) {
            ConnectorException.RateLimited limited = catchThrowableOfType(ConnectorException.RateLimited.class,
                    () -> client(vendor).sqlVeriOkuV2("SELECT 1 AS ok"));
            assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        }
    }

    @Test
    void an_unknown_method_is_not_found() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(404, "Not Found"))) {
            assertThat(catchThrowableOfType(ConnectorException.NotFound.class, () -> client(vendor).vergiListesiV2()))
                    .hasMessageContaining("VergiListesiV2");
        }
    }

    @Test
    void reads_data_that_arrives_as_a_json_string() throws Exception {
        String data = "\"[{\\\"SQLResult1\\\":[{\\\"ok\\\":1},{\\\"ok\\\":2}]}]\"";
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, envelope(200, false, null, data)))) {
            assertThat(client(vendor).sqlVeriOkuV2("SELECT 1 AS ok")).extracting(r -> r.integer("ok"))
                    .containsExactly(1, 2);
        }
    }

    @Test
    void removes_a_secret_that_a_server_echoes_in_its_message() throws Exception {
        String sifre = DailyPassword.hash(LocalDate.of(2025, 11, 22), "pa55word");
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200,
                envelope(400, true, "Hatalı istek: SECRET-API-KEY " + sifre, "null")))) {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client(vendor).sqlVeriOkuV2("SELECT 1 AS ok"));
            assertThat(refused.getMessage()).doesNotContain("SECRET-API-KEY", sifre);
            assertThat(refused.vendorMessage().orElseThrow()).doesNotContain("SECRET-API-KEY", sifre);
        }
    }

    @Test
    void the_config_and_the_client_never_print_their_secrets() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, OK_EMPTY))) {
            MikroClient client = client(vendor);
            assertThat(client.toString()).contains("KOPRU").doesNotContain("SECRET-API-KEY", "pa55word");
        }
    }

    @Test
    void sends_firma_and_sube_numbers_only_where_documented_unless_configured() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, SQL_OK))) {
            client(vendor).sqlVeriOkuV2("SELECT 1 AS ok");
            MikroClient numbered = new MikroClient(config(vendor.url(), Instant.parse("2025-11-22T09:00:00Z"))
                    .firmaNo(3).subeNo(1).build());
            numbered.sqlVeriOkuV2("SELECT 1 AS ok");

            List<VendorDouble.Received> sent = vendor.received();
            assertThat(JSON.readTree(sent.get(0).body()).path("Mikro").has("FirmaNo")).isFalse();
            assertThat(JSON.readTree(sent.get(1).body()).path("Mikro").path("FirmaNo").asInt()).isEqualTo(3);
            assertThat(JSON.readTree(sent.get(1).body()).path("Mikro").path("SubeNo").asInt()).isEqualTo(1);
        }
    }
}
