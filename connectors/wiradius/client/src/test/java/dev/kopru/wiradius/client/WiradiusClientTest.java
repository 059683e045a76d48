package dev.kopru.wiradius.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.testkit.sandbox.RequestJournal;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.vendor.VendorDouble;
import dev.kopru.wiradius.sandbox.WiradiusSandbox;
import dev.kopru.wiradius.sandbox.WiradiusSandboxOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Windows, pages, laziness and failures, against the demo ISP in the sandbox (pages of 7 to keep it small). */
class WiradiusClientTest {

    private static WiradiusSandbox app;
    private static Sandbox sandbox;
    private static WiradiusClient client;

    @BeforeAll
    static void start() {
        app = new WiradiusSandbox(WiradiusSandboxOptions.builder().subscribers(30).pageSize(7).build());
        sandbox = Sandbox.start(app, 0);
        client = client(WiradiusSandboxOptions.DEMO_UNIQ_CODE);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void clear() {
        app.settings(WiradiusSandboxOptions.Settings.defaults());
        sandbox.faults().clear();
        sandbox.journal().clear();
    }

    private static WiradiusClient client(String uniqCode) {
        return client(uniqCode, true);
    }

    private static WiradiusClient client(String uniqCode, boolean multipart) {
        return new WiradiusClient(WiradiusConfig.builder().baseUrl(sandbox.baseUri().toString())
                .apiCode(WiradiusSandboxOptions.DEMO_API_CODE).uniqCode(uniqCode).multipart(multipart).build());
    }

    private static List<String> bodies() {
        return sandbox.journal().entries().stream().map(RequestJournal.Entry::body).toList();
    }

    @Test
    void follows_customer_pages_to_the_empty_page() {
        assertThat(client.cariler(null).map(Cari::cari_id).distinct().count()).isEqualTo(30);
        // 30 customers in pages of 7: five pages with rows and the empty sixth
        assertThat(sandbox.journal().size()).isEqualTo(6);
    }

    @Test
    void fetches_only_the_pages_a_consumer_takes() {
        assertThat(client.cariler(null).limit(8).toList()).hasSize(8);
        assertThat(sandbox.journal().size()).isEqualTo(2);
    }

    @Test
    void splits_a_year_of_invoices_into_calendar_months_and_pages() {
        // urlencoded, so that the journal's bodies read plainly
        List<Fatura> year = client(WiradiusSandboxOptions.DEMO_UNIQ_CODE, false).faturalar(FaturaTipi.SELL,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null).toList();
        assertThat(year).extracting(Fatura::invoice_id).doesNotHaveDuplicates();
        assertThat(year).extracting(f -> WiradiusDates.day(f.invoice_date())).isSorted();
        assertThat(bodies()).anyMatch(b -> b.contains("begin_datetime=2025-02-01") && b.contains(
                "end_datetime=2025-02-28"));
        assertThat(bodies()).noneMatch(b -> b.contains("begin_datetime=2025-01-01") && b.contains(
                "end_datetime=2025-02-01"));
    }

    @Test
    void a_customers_invoices_and_movements_come_in_six_month_windows() {
        List<Fatura> invoices = client.faturalar(FaturaTipi.SELL, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                "1").toList();
        assertThat(invoices).hasSize(12).allMatch(f -> f.cari_id().equals("1"));
        sandbox.journal().clear();
        List<CariHareket> movements = client.hareketler("1", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
                .toList();
        assertThat(movements).isNotEmpty();
        assertThat(sandbox.journal().size()).isEqualTo(4);
    }

    @Test
    void every_form_of_empty_data_ends_the_paging() {
        for (WiradiusSandboxOptions.EmptyData empty : WiradiusSandboxOptions.EmptyData.values()) {
            app.settings(new WiradiusSandboxOptions.Settings(Set.of(), empty, "danger", true));
            assertThat(client.cariler(null).count()).as("%s", empty).isEqualTo(30);
        }
    }

    @Test
    void a_refused_ip_or_uniq_code_is_auth_rejected_without_the_secret() {
        app.settings(new WiradiusSandboxOptions.Settings(Set.of("10.9.9.9"), WiradiusSandboxOptions.EmptyData.ARRAY,
                "danger", true));
        ConnectorException.AuthRejected ip = catchThrowableOfType(ConnectorException.AuthRejected.class,
                () -> client.cariList(1, null));
        assertThat(ip.vendorMessage()).contains("IP adresi yetkili değil");
        app.settings(WiradiusSandboxOptions.Settings.defaults());

        ConnectorException.AuthRejected uniq = catchThrowableOfType(ConnectorException.AuthRejected.class,
                () -> client("secret-wrong-code").cariList(1, null));
        assertThat(uniq.getMessage()).contains("Geçersiz uniq_code").doesNotContain("secret-wrong-code");
        assertThat(client("secret-wrong-code").toString()).doesNotContain("secret-wrong-code")
                .doesNotContain(WiradiusSandboxOptions.DEMO_API_CODE);
    }

    @Test
    void validation_refused_as_warning_is_still_a_validation_failure() {
        app.settings(new WiradiusSandboxOptions.Settings(Set.of(), WiradiusSandboxOptions.EmptyData.ARRAY, "warning",
                true));
        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> client.invoiceList(FaturaTipi.BUY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1), null, 1));
        assertThat(refused.field()).contains("end_datetime");
        ConnectorException.NotFound missing = catchThrowableOfType(ConnectorException.NotFound.class,
                () -> client.invoiceRows("987654"));
        assertThat(missing.vendorMessage()).contains("Fatura bulunamadı");
    }

    @Test
    void a_server_error_is_transient_and_sent_once() {
        sandbox.faults().errorRate(1.0);
        assertThat(catchThrowableOfType(ConnectorException.Transient.class, () -> client.cariList(1, null)))
                .isNotNull();
        assertThat(sandbox.journal().size()).isEqualTo(1);
    }

    @Test
    void an_answer_without_the_envelope_is_judged_by_its_status() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(VendorDouble.Reply.json(200, "<html>maintenance</html>"),
                VendorDouble.Reply.json(404, "Not Found"))) {
            WiradiusClient other = new WiradiusClient(WiradiusConfig.builder().baseUrl(vendor.url()).apiCode("a")
                    .uniqCode("b").build());
            assertThat(catchThrowableOfType(ConnectorException.Transient.class, () -> other.cariList(1, null)))
                    .isNotNull();
            assertThat(catchThrowableOfType(ConnectorException.NotFound.class, () -> other.cariList(1, null)))
                    .isNotNull();
        }
    }
}
