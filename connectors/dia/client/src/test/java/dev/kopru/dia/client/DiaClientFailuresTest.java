package dev.kopru.dia.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.testkit.vendor.VendorDouble;
import org.junit.jupiter.api.Test;

/** DİA's answers a sandbox does not give by itself, played by a double, and the outcome each one means. */
class DiaClientFailuresTest {

    private static final VendorDouble.Reply LOGGED_IN = GoldenExchangesTest.LOGGED_IN;

    private static DiaClient client(VendorDouble vendor) {
        return new DiaClient(GoldenExchangesTest.config(vendor.url(), "G00"));
    }

    private static VendorDouble.Reply answer(String json) {
        return VendorDouble.Reply.json(200, json);
    }

    @Test
    void a_database_error_in_a_code_500_answer_is_a_validation_with_dias_text() throws Exception {
        String dataError = "DataError('value too long for type character varying(128)\\n',)\\nvalue too long";
        try (VendorDouble vendor = VendorDouble.replying(LOGGED_IN,
                answer("{\"code\":\"500\",\"msg\":\"" + dataError + "\"}"))) {
            var refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client(vendor).cari().create(cari()));
            assertThat(refused.vendorMessage()).hasValueSatisfying(m -> assertThat(m).contains("value too long"));
        }
    }

    @Test
    void a_database_error_naming_a_column_names_that_field() throws Exception {
        String notNull = "IntegrityError('null value in column \\\"unvan\\\" violates not-null constraint\\n',)";
        try (VendorDouble vendor = VendorDouble.replying(LOGGED_IN,
                answer("{\"code\":\"500\",\"msg\":\"" + notNull + "\"}"))) {
            var refused = catchThrowableOfType(ConnectorException.Validation.class,
                    () -> client(vendor).cari().create(cari()));
            assertThat(refused.field()).contains("unvan");
        }
    }

    @Test
    void an_unexpected_server_error_leaves_a_write_in_doubt_and_a_read_transient() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(LOGGED_IN, answer("{\"code\":\"501\",\"msg\":\"ERROR\"}"))) {
            DiaClient client = client(vendor);
            assertThat(catchThrowableOfType(ConnectorException.InDoubt.class, () -> client.cari().create(cari())))
                    .isNotNull();
            assertThat(catchThrowableOfType(ConnectorException.Transient.class, () -> client.cari().get(1)))
                    .isNotNull();
        }
    }

    @Test
    void an_http_419_without_a_body_is_answered_by_one_new_login() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(LOGGED_IN, VendorDouble.Reply.json(419, ""), LOGGED_IN,
                GoldenExchangesTest.load("G06-cari-getir.json").reply())) {
            DiaClient client = client(vendor);
            assertThat(client.cari().get(1201).carikartkodu()).isEqualTo("120.001");
            assertThat(client.logins()).isEqualTo(2);
        }
    }

    @Test
    void a_second_expiry_right_after_the_new_login_is_not_renewed_again() throws Exception {
        VendorDouble.Reply expired = answer("{\"code\":\"401\",\"msg\":\"INVALID_SESSION\"}");
        try (VendorDouble vendor = VendorDouble.replying(LOGGED_IN, expired, LOGGED_IN, expired)) {
            DiaClient client = client(vendor);
            assertThat(catchThrowableOfType(ConnectorException.AuthExpired.class, () -> client.cari().get(1)))
                    .isNotNull();
            assertThat(vendor.received()).hasSize(4);
        }
    }

    @Test
    void a_gateway_page_without_dias_envelope_is_judged_by_its_status() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(LOGGED_IN,
                new VendorDouble.Reply(502, "<html>Bad Gateway</html>", java.util.Map.of(), 0))) {
            assertThat(catchThrowableOfType(ConnectorException.Transient.class, () -> client(vendor).cari().get(1)))
                    .isNotNull();
        }
    }

    @Test
    void the_session_id_never_shows_in_a_message() throws Exception {
        try (VendorDouble vendor = VendorDouble.replying(LOGGED_IN, answer("{\"code\":\"400\",\"msg\":\"session "
                + GoldenExchangesTest.SESSION + " bozuk\"}"))) {
            var refused = catchThrowableOfType(ConnectorException.Validation.class, () -> client(vendor).cari().get(1));
            assertThat(refused.getMessage()).doesNotContain(GoldenExchangesTest.SESSION);
        }
    }

    private static CariKart cari() {
        return new CariKart(null, "X".repeat(10), "Uzun", null, null, null, null,
                JsonNodeFactory.instance.nullNode(), null, null, null, null, null, null, null, null);
    }
}
