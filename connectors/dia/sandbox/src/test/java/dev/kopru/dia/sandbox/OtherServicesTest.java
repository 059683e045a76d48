package dev.kopru.dia.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.Sandbox;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reference's other operations: orders, dispatch notes, cari slips, the invoice-line list, balances, firms. */
class OtherServicesTest {

    private final DiaSandboxOptions options = DiaSandboxOptions.goldenExamples().build();
    private final DiaSandbox app = new DiaSandbox(options);
    private final Sandbox sandbox = Sandbox.start(app, 0);
    private final DiaCalls dia = new DiaCalls(sandbox, options);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void orders_and_dispatch_notes_take_priced_lines_as_invoices_do() {
        dia.login();
        for (String model : new String[] {"scf_siparis", "scf_irsaliye"}) {
            JsonNode created = dia.call(model + "_ekle", "{\"kart\": {\"tarih\": \"2024-03-02\", "
                    + "\"_key_scf_carikart\": {\"carikartkodu\": \"120.002\"}, \"m_kalemler\": [{\"kalemturu\": "
                    + "\"MLZM\", \"_key_kalemturu\": {\"stokkartkodu\": \"SEKER.1\"}, \"miktar\": 3, "
                    + "\"birimfiyati\": \"40\", \"kdv\": \"1\"}]}}");
            assertThat(created.path("extra").path("kalemlerKeys")).as(created.toString()).hasSize(1);
            JsonNode record = dia.call(model + "_getir", "{\"key\": " + created.path("key").asText() + "}")
                    .path("result");
            assertThat(record.path("net").asText()).isEqualTo("121.200000");
            assertThat(record.path("fisno").asText()).isNotBlank();
            assertThat(dia.call(model + "_listele", "{}").path("result").get(0).path("carikartkodu").asText())
                    .isEqualTo("120.002");
        }
    }

    @Test
    void a_cari_balance_adds_its_invoices_and_account_slips() {
        dia.login();
        JsonNode before = dia.call("scf_carikart_hesapdurumu_getir", "{\"key\": 1201}").path("result");
        assertThat(before.path("borc").asText()).isEqualTo("1200.000000");

        dia.call("scf_carihesap_fisi_ekle", "{\"kart\": {\"turu\": \"VF\", \"tarih\": \"2024-03-03\", "
                + "\"m_kalemler\": [{\"_key_scf_carikart\": 1201, \"alacak\": \"200.00\", \"aciklama\": \"tahsilat\"}]}}");
        JsonNode after = dia.call("scf_carikart_hesapdurumu_getir", "{\"key\": \"1201\"}").path("result");
        assertThat(after.path("alacak").asText()).isEqualTo("200.000000");
        assertThat(after.path("bakiye").asText()).isEqualTo("1000.000000");
    }

    @Test
    void lists_invoice_lines_with_their_invoice_and_filters_them() {
        dia.login();
        JsonNode rows = dia.call("scf_fatura_kalemi_liste_view", "{\"filters\": [{\"field\": \"belgeno\", "
                + "\"operator\": \"=\", \"value\": \"B-0001\"}]}").path("result");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.path("_key").asText()).isEqualTo("88002");
            assertThat(row.path("stokkartkodu").asText()).isEqualTo("CAY.500");
            assertThat(row.path("carikartkodu").asText()).isEqualTo("120.001");
        });
        assertThat(dia.call("sis_firma_getir", "{}").path("result").path("firmaadi").asText())
                .isEqualTo("ÖRNEK GIDA A.Ş.");
    }

    @Test
    void a_login_that_disconnects_the_same_user_ends_the_older_session() {
        dia.login();
        String first = dia.session;
        dia.login();
        dia.session = first;
        assertThat(dia.call("sis_doviz_listele", "{}").path("msg").asText()).isEqualTo("INVALID_SESSION");
    }

    @Test
    void the_admin_api_sets_the_kontor_balance() {
        TestHttp.Response set = new TestHttp().send("PUT", URI.create(sandbox.baseUri() + "/_sandbox/dia/kontor"),
                "{\"balance\": \"0.01\"}");
        assertThat(set.status()).isEqualTo(200);
        dia.login();
        assertThat(dia.call("sis_doviz_listele", "{}").path("code").asText()).isEqualTo("406");
        assertThat(app.state().path("kontor").asText()).isEqualTo("0.01");
    }
}
