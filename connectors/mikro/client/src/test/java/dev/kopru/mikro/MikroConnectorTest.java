package dev.kopru.mikro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.core.connector.ChangeCursor;
import dev.kopru.core.connector.ConfigField;
import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.ConnectorFactory;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Address;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.DocumentLine;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.LineKind;
import dev.kopru.core.model.Party;
import dev.kopru.core.model.PriceBasis;
import dev.kopru.mikro.client.MikroConfig;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.mikro.mapping.DocumentSettings;
import dev.kopru.testkit.vendor.VendorDouble;
import dev.kopru.testkit.vendor.VendorDouble.Reply;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The connector over a scripted stand-in for Mikro: what it sends, and what it makes of the answers. */
class MikroConnectorTest {

    private static final ObjectMapper JSON = VendorJson.mapper();
    private static final Instant NOW = Instant.parse("2025-11-22T09:00:00Z");

    static String ok(String data) {
        return "{\"result\":[{\"StatusCode\":200,\"IsError\":false,\"ErrorMessage\":null,\"Data\":" + data + "}]}";
    }

    static String refused(int code, String message) {
        return "{\"result\":[{\"StatusCode\":" + code + ",\"IsError\":true,\"ErrorMessage\":\"" + message
                + "\",\"Data\":null}]}";
    }

    static String cariList(String... codes) {
        StringBuilder rows = new StringBuilder();
        for (String code : codes) {
            rows.append(rows.isEmpty() ? "" : ",").append("{\"cari_kod\":\"").append(code)
                    .append("\",\"cari_unvan1\":\"Cari ").append(code).append("\"}");
        }
        return ok("{\"CariListesi\":[" + rows + "]}");
    }

    static MikroConnector connector(VendorDouble vendor) {
        return new MikroConnector(MikroConfig.builder().baseUrl(vendor.url()).apiKey("DEMO-KEY").firmaKodu("KOPRU")
                .calismaYili("2025").kullaniciKodu("SRV").password("123asd")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build(),
                DocumentSettings.defaults());
    }

    static JsonNode body(VendorDouble.Received request) throws Exception {
        return JSON.readTree(request.body());
    }

    static Invoice invoice(String number, String partyCode, List<DocumentLine> lines) {
        return new Invoice(null, number, null, DocumentDirection.SALES, LocalDate.of(2025, 11, 22), null, partyCode,
                "TRY", null, lines, null, null, null, null);
    }

    static List<DocumentLine> oneLine() {
        return List.of(new DocumentLine(1, LineKind.ITEM, "BAR-001", null, null, BigDecimal.ONE, "ADET",
                new BigDecimal("50000"), PriceBasis.VAT_EXCLUDED, new BigDecimal("20"), null, null));
    }

    @Test
    void is_found_through_the_service_loader_and_describes_its_secrets() {
        ConnectorFactory factory = ConnectorFactory.forVendor("mikro").orElseThrow();
        assertThat(factory.descriptor().configFields()).filteredOn(ConfigField::secret).extracting(ConfigField::name)
                .containsExactlyInAnyOrder("apiKey", "password");
        ConnectionConfig config = ConnectionConfig.of(factory.descriptor(), Map.of("baseUrl", "http://127.0.0.1:1",
                "apiKey", "K-SECRET", "firmaKodu", "KOPRU", "calismaYili", "2025", "kullaniciKodu", "SRV",
                "password", "P-SECRET"));
        try (Connector connector = factory.open(config)) {
            assertThat(connector.toString() + config).doesNotContain("K-SECRET", "P-SECRET");
            assertThat(config.require("naturalKeyColumn")).isEqualTo("cha_belge_no");
            assertThat(connector.descriptor().limits().rateLimit()).isEmpty(); // Mikro documents none
        }
    }

    @Test
    void a_connection_configured_with_a_rate_limit_declares_it_for_the_engine_to_enforce() {
        ConnectorFactory factory = ConnectorFactory.forVendor("mikro").orElseThrow();
        ConnectionConfig config = ConnectionConfig.of(factory.descriptor(), Map.of("baseUrl", "http://127.0.0.1:1",
                "apiKey", "K", "firmaKodu", "KOPRU", "kullaniciKodu", "SRV", "password", "P",
                "rateLimitPermits", "100"));
        try (Connector connector = factory.open(config)) {
            assertThat(connector.descriptor().limits().rateLimit()).contains(
                    new dev.kopru.core.connector.Limits.RateLimit(100, Duration.ofSeconds(1)));
        }
        ConnectionConfig zero = ConnectionConfig.of(factory.descriptor(), Map.of("baseUrl", "http://127.0.0.1:1",
                "apiKey", "K", "firmaKodu", "KOPRU", "kullaniciKodu", "SRV", "password", "P",
                "rateLimitPermits", "0"));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> factory.open(zero)))
                .hasMessageStartingWith("rateLimitPermits:");
    }

    @Test
    void check_asks_for_health_then_runs_a_cheap_authenticated_query() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, "{\"ApiStatus\":\"Up\",\"StatusCode\":200}"),
                Reply.json(200, ok("[{\"SQLResult1\":[{\"ok\":1}]}]")))) {
            connector(vendor).check();
            assertThat(vendor.received()).extracting(VendorDouble.Received::path)
                    .containsExactly("/Api/APIMethods/HealthCheck2", "/Api/apiMethods/SqlVeriOkuV2");
            assertThat(body(vendor.received().get(1)).path("SQLSorgu").asText()).isEqualTo("SELECT 1 AS ok");
        }
    }

    @Test
    void check_reports_bad_credentials_in_mikros_words() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, "{\"ApiStatus\":\"Up\",\"StatusCode\":200}"),
                Reply.json(200, refused(401, "Geçersiz api key")))) {
            ConnectorException.AuthRejected rejected =
                    catchThrowableOfType(ConnectorException.AuthRejected.class, connector(vendor)::check);
            assertThat(rejected.vendorMessage()).contains("Geçersiz api key");
            assertThat(rejected.getMessage()).doesNotContain("DEMO-KEY");
        }
    }

    @Test
    void reads_parties_page_by_page_in_code_order() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, cariList("A", "B")),
                Reply.json(200, cariList("C", "D")), Reply.json(200, cariList("E")))) {
            MikroConnector connector = connector(vendor);

            List<String> codes = connector.stream(Entity.PARTY, ReadRequest.full(2)).map(Party::code).toList();

            assertThat(codes).containsExactly("A", "B", "C", "D", "E");
            List<VendorDouble.Received> sent = vendor.received();
            assertThat(sent).hasSize(3);
            for (int i = 0; i < 3; i++) {
                JsonNode body = body(sent.get(i));
                assertThat(body.path("Index").asInt()).isEqualTo(i);
                assertThat(body.path("Size").asText()).isEqualTo("2");
                assertThat(body.path("Sort").asText()).isEqualTo("cari_kod");
                assertThat(body.path("TarihTipi").asInt()).isEqualTo(2);
                assertThat(body.path("IlkTarih").asText()).isEqualTo("1899-12-30");
            }
        }
    }

    @Test
    void an_incremental_read_after_a_full_read_starts_the_day_before_the_full_read_began() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, cariList("A")))) {
            MikroConnector connector = connector(vendor);
            Page<Party> full = connector.read(Entity.PARTY, ReadRequest.full(10));
            assertThat(full.last()).isTrue();

            connector.read(Entity.PARTY, ReadRequest.after(full.next(), 10));

            JsonNode incremental = body(vendor.received().get(1));
            assertThat(incremental.path("IlkTarih").asText()).isEqualTo("2025-11-21");
            assertThat(incremental.path("Index").asInt()).isZero();
        }
    }

    @Test
    void skips_cards_already_delivered_when_an_insert_shifted_the_page() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, cariList("A", "B")),
                Reply.json(200, cariList("B", "C")), Reply.json(200, cariList("D")))) {
            MikroConnector connector = connector(vendor);
            Page<Party> first = connector.read(Entity.PARTY, ReadRequest.full(2));
            Page<Party> second = connector.read(Entity.PARTY, ReadRequest.after(first.next(), 2));
            Page<Party> third = connector.read(Entity.PARTY, ReadRequest.after(second.next(), 2));

            assertThat(second.records()).extracting(Party::code).containsExactly("C");
            assertThat(third.records()).extracting(Party::code).containsExactly("D");
            assertThat(third.last()).isTrue();
        }
    }

    @Test
    void refuses_corrupted_and_future_cursors_naming_the_cursor_before_calling_mikro() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, cariList()))) {
            MikroConnector connector = connector(vendor);
            Cursor future = new ChangeCursor(NOW.plus(Duration.ofDays(400)), "").encode();
            Cursor notOurs = new ChangeCursor(NOW, "yesterday|x|A").encode();
            for (Cursor cursor : List.of(new Cursor("not a cursor %%%"), future, notOurs)) {
                ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                        () -> connector.read(Entity.PARTY, ReadRequest.after(cursor, 10)));
                assertThat(refused.field()).contains("cursor");
            }
            for (Entity<?> entity : List.of(Entity.INVOICE, Entity.BALANCE)) {
                assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                        () -> connector.read(entity, ReadRequest.after(future, 10))).field()).contains("cursor");
            }
            assertThat(vendor.received()).isEmpty();
        }
    }

    @Test
    void creates_an_invoice_with_its_number_stamped_and_returns_series_and_sequence() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200,
                ok("[{\"cha_evrakno_seri\":\"KPR\",\"cha_evrakno_sira\":3,\"cha_Guid\":\"g\"}]")))) {
            String key = connector(vendor).create(Entity.INVOICE, invoice("FAT-1", "120.01.001", oneLine()));

            assertThat(key).isEqualTo("KPR-3");
            VendorDouble.Received request = vendor.only();
            assertThat(request.path()).isEqualTo("/api/APIMethods/FaturaKaydetV2");
            JsonNode evrak = body(request).path("Mikro").path("evraklar").get(0);
            assertThat(evrak.path("cha_belge_no").asText()).isEqualTo("FAT-1");
            assertThat(evrak.path("cha_evrakno_seri").asText()).isEqualTo("KPR");
            assertThat(evrak.path("detay").get(0).path("sth_belge_no").asText()).isEqualTo("FAT-1");
            assertThat(evrak.path("detay").get(0).path("sth_tutar").decimalValue()).isEqualByComparingTo("50000");
            assertThat(evrak.path("detay").get(0).path("sth_vergi").decimalValue()).isEqualByComparingTo("10000");
        }
    }

    @Test
    void a_report_asks_mikro_for_one_row_more_than_it_returns() throws Exception {
        String rows = "[{\"SQLResult1\":[{\"cari_kod\":\"A\"},{\"cari_kod\":\"B\"},{\"cari_kod\":\"C\"}]}]";
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, ok(rows)))) {
            var report = connector(vendor).query("SELECT cari_kod FROM CARI_HESAPLAR ORDER BY cari_kod", 2,
                    Duration.ofSeconds(5));

            assertThat(report.rows()).hasSize(2);
            assertThat(report.truncated()).isTrue();
            assertThat(body(vendor.received().get(0)).path("SQLSorgu").asText())
                    .isEqualTo("SELECT TOP (3) cari_kod FROM CARI_HESAPLAR ORDER BY cari_kod");
        }
    }

    @Test
    void finds_the_key_by_number_when_the_save_answer_does_not_carry_it() throws Exception {
        String header = "[{\"SQLResult1\":[{\"cha_evrakno_seri\":\"KPR\",\"cha_evrakno_sira\":4,\"belge_no\":\"FAT-2\","
                + "\"cha_tarihi\":\"2025-11-22\",\"cha_kod\":\"120.01.001\"}]}]";
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, ok("null")), Reply.json(200, ok(header)),
                Reply.json(200, ok("[{\"SQLResult1\":[]}]")))) {
            assertThat(connector(vendor).create(Entity.INVOICE, invoice("FAT-2", "120.01.001", oneLine())))
                    .isEqualTo("KPR-4");
            assertThat(body(vendor.received().get(1)).path("SQLSorgu").asText())
                    .contains("cha_belge_no = 'FAT-2'");
        }
    }

    @Test
    void a_save_whose_document_cannot_be_read_back_is_in_doubt() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, ok("[]")),
                Reply.json(200, ok("[{\"SQLResult1\":[]}]")))) {
            assertThat(catchThrowableOfType(ConnectorException.InDoubt.class, () -> connector(vendor)
                    .create(Entity.INVOICE, invoice("FAT-3", "120.01.001", oneLine())))).hasMessageContaining("FAT-3");
        }
    }

    @Test
    void an_unknown_customer_is_refused_naming_partyCode_in_mikros_words() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, refused(400, "Cari bulunamadı: 120.01.404")))) {
            ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> connector(vendor).create(Entity.INVOICE, invoice("FAT-4", "120.01.404", oneLine())));
            assertThat(refused.field()).contains("partyCode");
            assertThat(refused.getMessage()).contains("partyCode", "cha_kod", "Cari bulunamadı: 120.01.404");
            assertThat(refused.vendorMessage()).contains("Cari bulunamadı: 120.01.404");
        }
    }

    @Test
    void refuses_bad_canonical_input_without_sending_anything() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, ok("[]")))) {
            MikroConnector connector = connector(vendor);
            Party badTaxId = new Party(null, "120.01.900", "Hatalı VKN A.Ş.", null, "1234567891", null,
                    new Address("x", null, "İzmir", null, null), null, null, null, null, null, null);

            assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                    () -> connector.create(Entity.PARTY, badTaxId)).field()).contains("taxId");
            assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                    () -> connector.create(Entity.INVOICE, invoice("FAT-5", "120.01.001", List.of()))).field())
                    .contains("lines");
            assertThat(vendor.received()).isEmpty();
        }
    }

    @Test
    void an_unknown_document_key_is_absent_without_a_query() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(Reply.json(200, ok("[]")))) {
            assertThat(connector(vendor).get(Entity.INVOICE, "KOPRU-NO-SUCH-ABC")).isEqualTo(Optional.empty());
            assertThat(vendor.received()).isEmpty();
        }
    }
}
