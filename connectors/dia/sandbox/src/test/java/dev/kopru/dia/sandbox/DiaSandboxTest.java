package dev.kopru.dia.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxProvider;
import dev.kopru.testkit.time.SettableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiaSandboxTest {

    private final SettableClock clock = new SettableClock(LocalDateTime.of(2026, 3, 1, 10, 0), ZoneId.of("UTC"));
    private final DiaSandboxOptions options = DiaSandboxOptions.goldenExamples().clock(clock).build();
    private final DiaSandbox app = new DiaSandbox(options);
    private final Sandbox sandbox = Sandbox.start(app, 0);
    private final DiaCalls dia = new DiaCalls(sandbox, options);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void logs_in_with_a_32_hex_session_id_and_refuses_a_wrong_password_with_NOUSER() {
        JsonNode ok = dia.login();
        assertThat(ok.path("code").asText()).isEqualTo("200");
        assertThat(ok.path("msg").asText()).matches("[0-9a-f]{32}");

        JsonNode refused = dia.post("sis", "{\"login\": {\"username\": \"ws\", \"password\": \"nope\", "
                + "\"params\": {\"apikey\": \"APIKEY-123\"}}}").json();
        assertThat(refused.toString()).isEqualTo("{\"code\":\"401\",\"msg\":\"NOUSER\"}");
    }

    @Test
    void lists_with_filters_sorts_selected_columns_and_paging() {
        dia.login();
        JsonNode page = dia.call("scf_carikart_listele", "{\"filters\": [{\"field\": \"carikarttipi\", "
                + "\"operator\": \"=\", \"value\": \"AL\"}, {\"field\": \"_date\", \"operator\": \">=\", "
                + "\"value\": \"2024-01-01\"}], \"sorts\": [{\"field\": \"carikartkodu\", \"sorttype\": \"ASC\"}], "
                + "\"params\": {\"selectedcolumns\": [\"carikartkodu\", \"unvan\"]}, \"limit\": 2, \"offset\": 0}");
        assertThat(page.path("result").toString()).isEqualTo("[{\"_key\":\"1201\",\"carikartkodu\":\"120.001\","
                + "\"unvan\":\"ÖRNEK GIDA A.Ş.\"},{\"_key\":\"1202\",\"carikartkodu\":\"120.002\","
                + "\"unvan\":\"DENİZ LOJİSTİK LTD. ŞTİ.\"}]");

        JsonNode contains = dia.call("scf_carikart_listele", "{\"filters\": [{\"field\": \"unvan\", "
                + "\"value\": \"deniz\"}], \"sorts\": \"\", \"params\": \"\", \"limit\": \"0\", \"offset\": \"\"}");
        assertThat(contains.path("result")).hasSize(1);
        JsonNode in = dia.call("scf_carikart_listele", "{\"filters\": [{\"field\": \"carikartkodu\", "
                + "\"operator\": \"IN\", \"value\": \"120.001,120.002\"}], \"limit\": 0}");
        assertThat(in.path("result")).hasSize(2);
    }

    @Test
    void gets_a_record_with_its_links_resolved_and_its_sub_models() {
        dia.login();
        JsonNode record = dia.call("scf_carikart_getir", "{\"key\": 1201}").path("result");
        assertThat(record.path("_key_sis_vergidairesi").toString())
                .isEqualTo("{\"_key\":\"55\",\"kod\":\"KADIKÖY\",\"adi\":\"KADIKÖY VERGİ DAİRESİ\"}");
        assertThat(record.path("m_adresler").get(0).path("_key").asText()).isEqualTo("3001");
        assertThat(record.path("_level1").asInt()).isEqualTo(34);
    }

    @Test
    void creates_with_a_link_resolved_by_filter_and_refuses_as_the_reference_says() {
        dia.login();
        JsonNode created = dia.call("scf_carikart_ekle", "{\"kart\": {\"carikartkodu\": \"120.003\", "
                + "\"unvan\": \"YENİ MÜŞTERİ A.Ş.\", \"_key_sis_vergidairesi\": {\"kod\": \"ÇANKAYA VERGİ DAİRESİ\"}}}");
        assertThat(created.path("key").asText()).isEqualTo("1203");
        assertThat(created.path("msg").asText()).isEqualTo("[ws] «120.003» kodlu «Cari Kart» eklenmiştir.");
        JsonNode record = dia.call("scf_carikart_getir", "{\"key\": \"1203\"}").path("result");
        assertThat(record.path("carikarttipi").asText()).isEqualTo("AL");

        assertThat(dia.call("scf_stokkart_ekle", "{\"kart\": {\"stokkartkodu\": \"S1\", "
                + "\"stokkartturu\": \"Ticari Mal\"}}").toString())
                .isEqualTo("{\"code\":\"400\",\"msg\":\"Kombo değeri geçersiz (stokkartturu -> Ticari Mal)\"}");
        assertThat(dia.call("scf_carikart_ekle", "{\"kart\": {\"carikartkodu\": \"X\", "
                + "\"_key_sis_vergidairesi\": 123}}").path("msg").asText())
                .isEqualTo("Kayıt bulunamadı (sis_vergidairesi → {'_key': 123})");
        assertThat(dia.call("scf_carikart_ekle", "{\"kart\": {\"carikartkodu\": \"X\", "
                + "\"_key_sis_ozelkod2\": {\"kod\": \"WS003\"}}}").path("msg").asText())
                .isEqualTo("Kritere uygun birden fazla kayıt var!");
        assertThat(dia.call("scf_carikart_ekle", "{\"kart\": {\"carikartkodu\": \"X\", "
                + "\"_key_sis_ozelkod2\": {\"turkodu\": \"M2\", \"kod\": \"WS003\"}}}").path("code").asText())
                .isEqualTo("200");
        assertThat(dia.call("scf_carikart_ekle", "{\"kart\": {\"carikartkodu\": \"120.003\"}}").path("code")
                .asText()).isEqualTo("400");
    }

    @Test
    void creates_updates_and_deletes_an_invoice_with_its_lines() {
        dia.login();
        JsonNode created = dia.call("scf_fatura_ekle", "{\"kart\": {\"turu\": 3, \"tarih\": \"2024-03-01\", "
                + "\"saat\": \"10:00:00\", \"belgeno\": \"B-0001\", \"_key_scf_carikart\": {\"carikartkodu\": "
                + "\"120.001\"}, \"_key_sis_sube_source\": {\"subekodu\": \"MRK\"}, \"_key_sis_depo_source\": "
                + "{\"depokodu\": \"D01\"}, \"_key_sis_doviz\": {\"adi\": \"TL\"}, \"dovizkuru\": \"1.000000\", "
                + "\"m_kalemler\": [{\"kalemturu\": \"MLZM\", \"_key_kalemturu\": {\"stokkartkodu\": \"CAY.500\"}, "
                + "\"miktar\": \"10.000000\", \"birimfiyati\": \"100.000000\", \"kdv\": \"20.000000\", "
                + "\"kdvdurumu\": \"H\", \"_key_sis_doviz\": {\"adi\": \"TL\"}, \"dovizkuru\": \"1.000000\"}]}}");
        assertThat(created.path("code").asText()).as(created.toString()).isEqualTo("200");
        String key = created.path("key").asText();
        long line = created.path("extra").path("kalemlerKeys").get(0).asLong();
        assertThat(created.path("msg").asText()).isEqualTo("[ws] «2024-03-01» tarihli «Fatura» eklenmiştir.");

        JsonNode updated = dia.call("scf_fatura_guncelle", "{\"kart\": {\"_key\": " + key + ", \"aciklama1\": "
                + "\"düzeltme\", \"m_kalemler\": [{\"_key\": " + line + ", \"miktar\": \"12.000000\"}, "
                + "{\"kalemturu\": \"MLZM\", \"_key_kalemturu\": {\"stokkartkodu\": \"SEKER.1\"}, \"miktar\": "
                + "\"1.000000\", \"birimfiyati\": \"40.000000\", \"kdv\": \"1.000000\"}], \"m_silinecek_kalemler\": []}}");
        assertThat(updated.path("key").asText()).isEqualTo(key);
        JsonNode invoice = dia.call("scf_fatura_getir", "{\"key\": " + key + "}").path("result");
        assertThat(invoice.path("m_kalemler")).hasSize(2);
        assertThat(invoice.path("toplam").asText()).isEqualTo("1240.000000");
        assertThat(invoice.path("toplamkdv").asText()).isEqualTo("240.400000");
        assertThat(invoice.path("_key_scf_carikart").path("carikartkodu").asText()).isEqualTo("120.001");
        assertThat(invoice.path("m_kalemler").get(0).path("_key_kalemturu").path("stokkartkodu").asText())
                .isEqualTo("CAY.500");
        JsonNode listed = dia.call("scf_fatura_listele", "{\"filters\": [{\"field\": \"carikartkodu\", "
                + "\"operator\": \"=\", \"value\": \"120.001\"}]}").path("result");
        assertThat(listed).hasSize(2);

        assertThat(dia.call("scf_carikart_sil", "{\"key\": 1201}").path("code").asText()).isEqualTo("400");
        assertThat(dia.call("scf_fatura_sil", "{\"key\": " + key + "}").path("code").asText()).isEqualTo("200");
        assertThat(dia.call("scf_fatura_getir", "{\"key\": " + key + "}").path("msg").asText())
                .isEqualTo("Kayıt bulunamadı (scf_fatura → {'_key': " + key + "})");
        assertThat(dia.call("scf_fatura_ekle", "{\"kart\": {\"_key_scf_carikart\": 1201, \"m_kalemler\": []}}")
                .toString()).isEqualTo("{\"code\":\"400\",\"msg\":\"Kalem bilgisi girilmelidir!\"}");
    }

    @Test
    void a_session_ends_after_an_idle_hour_and_each_call_starts_the_hour_again() {
        dia.login();
        clock.advance(Duration.ofMinutes(59));
        assertThat(dia.call("sis_doviz_listele", "{}").path("code").asText()).isEqualTo("200");
        clock.advance(Duration.ofMinutes(59));
        assertThat(dia.call("sis_doviz_listele", "{}").path("code").asText()).isEqualTo("200");
        clock.advance(Duration.ofMinutes(60));
        assertThat(dia.call("sis_doviz_listele", "{}").toString())
                .isEqualTo("{\"code\":\"401\",\"msg\":\"INVALID_SESSION\"}");

        dia.login();
        sandbox.faults().expireSessions();
        assertThat(dia.call("sis_doviz_listele", "{}").path("code").asText()).isEqualTo("401");
    }

    @Test
    void bills_each_call_but_login_and_logout_and_refuses_with_CREDIT_ERROR_when_the_kontor_runs_out() {
        dia.login();
        BigDecimal start = app.kontor();
        dia.call("sis_kontor_sorgula", "{}");
        assertThat(app.kontor()).isEqualByComparingTo(start.subtract(new BigDecimal("0.0125")));

        app.kontor(new BigDecimal("0.0100"));
        assertThat(dia.call("scf_carikart_listele", "{}").toString())
                .isEqualTo("{\"code\":\"406\",\"msg\":\"" + Kontor.NOT_ENOUGH + "\"}");
        assertThat(dia.login().path("code").asText()).isEqualTo("200");
    }

    @Test
    void accepts_what_real_clients_send_and_refuses_a_firm_the_user_may_not_use() {
        dia.login();
        JsonNode answer = dia.post("SCF", "{\"scf_carikart_listele\": {\"session_id\": \"" + dia.session
                + "\", \"firma_kodu\": \"34\", \"donem_kodu\": \"1\", \"filters\": \"\", \"sorts\": \"\", "
                + "\"params\": \"\", \"limit\": 1}}").json();
        assertThat(answer.path("result")).hasSize(1);
        JsonNode other = dia.post("scf", "{\"scf_carikart_listele\": {\"session_id\": \"" + dia.session
                + "\", \"firma_kodu\": 35, \"donem_kodu\": 1}}").json();
        assertThat(other.path("msg").asText()).isEqualTo("INSUFFICIENT_PRIVILEGES");
        JsonNode firms = dia.post("sis", "{\"sis_yetkili_firma_donem_sube_depo\": {\"session_id\": \""
                + dia.session + "\"}}").json();
        assertThat(firms.path("result").get(0).path("firmakodu").asInt()).isEqualTo(34);
        assertThat(firms.path("result").get(0).path("subeler").get(0).path("depolar").get(0).path("depokodu")
                .asText()).isEqualTo("D01");
    }

    @Test
    void mirrors_the_code_into_the_http_status_only_when_asked_and_expires_with_419_when_asked() {
        DiaSandboxOptions mirrored = options.toBuilder().mirrorStatusInHttp(true).expiredSessionCode("419").build();
        try (Sandbox other = Sandbox.start(new DiaSandbox(mirrored), 0)) {
            DiaCalls calls = new DiaCalls(other, mirrored);
            assertThat(calls.post("sis", "{\"login\": {\"username\": \"ws\", \"password\": \"x\"}}").status())
                    .isEqualTo(401);
            calls.session = "0".repeat(32);
            assertThat(calls.post("scf", "{\"scf_carikart_listele\": {\"session_id\": \"" + calls.session + "\"}}")
                    .status()).isEqualTo(419);
        }
        assertThat(dia.post("sis", "{\"login\": {\"username\": \"ws\", \"password\": \"x\"}}").status())
                .isEqualTo(200);
    }

    @Test
    void is_found_by_the_kopru_sandbox_command_and_seeds_demo_data() {
        SandboxProvider provider = SandboxProvider.forVendor("dia").orElseThrow();
        assertThat(provider.defaultPort()).isEqualTo(8095);
        DiaSandbox demo = (DiaSandbox) provider.create(7, 5);
        assertThat(demo.state().path("models").path("scf_carikart").asInt()).isEqualTo(5);
        assertThat(demo.state().path("models").path("scf_fatura").asInt()).isEqualTo(5);
    }
}
