package dev.kopru.dia.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.dia.sandbox.DiaSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the DİA sandbox set up as dia.md's golden examples. */
class DiaClientTest {

    private final DiaSandbox app = new DiaSandbox(DiaSandboxOptions.goldenExamples().build());
    private final Sandbox sandbox = Sandbox.start(app, 0);
    private final DiaClient client = new DiaClient(config().build());

    static DiaConfig.Builder config(Sandbox sandbox) {
        return DiaConfig.builder().baseUrl(sandbox.baseUri().toString()).username("ws").password("ws")
                .apiKey("APIKEY-123").firmaKodu(34).donemKodu(1);
    }

    private DiaConfig.Builder config() {
        return config(sandbox);
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void lists_gets_creates_updates_and_deletes_cari_cards_in_one_session() {
        List<CariKart> rows = client.cari().list(DiaQuery.first(2).where("carikarttipi", "=", "AL")
                .orderBy("carikartkodu", false).columns("carikartkodu", "unvan"));
        assertThat(rows).extracting(CariKart::carikartkodu).containsExactly("120.001", "120.002");

        CariKart first = client.cari().get(1201);
        assertThat(first.unvan()).isEqualTo("ÖRNEK GIDA A.Ş.");
        assertThat(first._key_sis_vergidairesi().path("adi").asText()).isEqualTo("KADIKÖY VERGİ DAİRESİ");
        assertThat(first.m_adresler()).singleElement().extracting(CariKart.CariAdres::sehir).isEqualTo("İSTANBUL");

        ObjectNode office = JsonNodeFactory.instance.objectNode().put("kod", "ÇANKAYA VERGİ DAİRESİ");
        DiaSaved saved = client.cari().create(new CariKart(null, "120.003", "YENİ MÜŞTERİ A.Ş.", "AL", null,
                "9876543210", null, office, null, null, null, null, null, List.of(new CariKart.CariAdres(null, "MERKEZ",
                "F", "1", "Kızılay", null, null, "ANKARA", null)), null, null));
        assertThat(saved.key()).isEqualTo(1203);
        assertThat(saved.msg()).isEqualTo("[ws] «120.003» kodlu «Cari Kart» eklenmiştir.");

        client.cari().update(new CariKart("1203", null, "YENİ MÜŞTERİ ANONİM ŞİRKETİ", null, null, null, null, null,
                null, null, null, null, null, null, null, null));
        assertThat(client.cari().get(1203).unvan()).isEqualTo("YENİ MÜŞTERİ ANONİM ŞİRKETİ");
        assertThat(client.cari().get(1203).verginumarasi()).isEqualTo("9876543210");

        client.cari().delete(1203);
        assertThat(catchThrowableOfType(ConnectorException.NotFound.class, () -> client.cari().get(1203))
                .vendorMessage()).contains("Kayıt bulunamadı (scf_carikart → {'_key': 1203})");
        assertThat(client.logins()).isEqualTo(1);
    }

    @Test
    void creates_an_invoice_with_lines_and_reads_their_keys_and_totals() {
        Fatura fatura = new Fatura(null, 3, null, "B-0001", "2024-03-01", "10:00:00", null,
                link("carikartkodu", "120.001"), link("adi", "TL"), BigDecimal.ONE, null,
                List.of(new Fatura.Kalem(null, "MLZM", link("stokkartkodu", "CAY.500"), new BigDecimal("10"),
                        new BigDecimal("100"), new BigDecimal("20"), "H", null, null, null)),
                null, null, null, null, null, null, null, null);

        DiaSaved saved = client.fatura().create(fatura);

        assertThat(saved.lineKeys()).hasSize(1);
        Fatura read = client.fatura().get(saved.key());
        assertThat(read.net()).isEqualByComparingTo("1200");
        assertThat(read.m_kalemler().getFirst()._key()).isEqualTo(Long.toString(saved.lineKeys().getFirst()));
        assertThat(read._key_scf_carikart().path("carikartkodu").asText()).isEqualTo("120.001");
    }

    @Test
    void refusals_name_the_field_dia_names() {
        var combo = catchThrowableOfType(ConnectorException.Validation.class, () -> client.stok().create(
                new StokKart(null, "S1", null, "Ticari Mal", null, null, null, null, null, null)));
        assertThat(combo.field()).contains("stokkartturu");
        assertThat(combo.vendorMessage()).contains("Kombo değeri geçersiz (stokkartturu -> Ticari Mal)");

        var link = catchThrowableOfType(ConnectorException.Validation.class, () -> client.cari().create(
                new CariKart(null, "X1", null, null, null, null, null, JsonNodeFactory.instance.numberNode(123),
                        null, null, null, null, null, null, null, null)));
        assertThat(link.field()).contains("_key_sis_vergidairesi");

        var lines = catchThrowableOfType(ConnectorException.Validation.class, () -> client.fatura().create(
                new Fatura(null, 3, null, null, "2024-03-01", null, null, link("carikartkodu", "120.001"), null,
                        null, null, List.of(), null, null, null, null, null, null, null, null)));
        assertThat(lines.field()).contains("m_kalemler");
    }

    @Test
    void logs_in_once_more_when_dia_says_the_session_expired_however_many_threads_call() throws Exception {
        client.cari().get(1201);
        sandbox.faults().expireSessions();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CariKart>> reads = pool.invokeAll(List.of(() -> client.cari().get(1201),
                    () -> client.cari().get(1202), () -> client.cari().get(1201), () -> client.cari().get(1202)));
            for (Future<CariKart> read : reads) {
                assertThat(read.get().carikartkodu()).startsWith("120.00");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(client.logins()).isEqualTo(2);
    }

    @Test
    void a_419_login_timeout_is_renewed_as_well() {
        try (Sandbox other = Sandbox.start(new DiaSandbox(DiaSandboxOptions.goldenExamples()
                .expiredSessionCode("419").mirrorStatusInHttp(true).build()), 0);
             DiaClient mirrored = new DiaClient(config(other).build())) {
            mirrored.cari().get(1201);
            other.faults().expireSessions();
            assertThat(mirrored.cari().get(1202).unvan()).isEqualTo("DENİZ LOJİSTİK LTD. ŞTİ.");
            assertThat(mirrored.logins()).isEqualTo(2);
        }
    }

    @Test
    void a_wrong_password_is_refused_without_showing_it() {
        try (DiaClient wrong = new DiaClient(config().password("s3cret-wrong").build())) {
            var refused = catchThrowableOfType(ConnectorException.AuthRejected.class, () -> wrong.cari().get(1201));
            assertThat(refused.vendorMessage()).contains("NOUSER");
            assertThat(refused.getMessage()).contains("login").doesNotContain("s3cret-wrong");
        }
    }

    @Test
    void counts_the_kontor_it_spends_and_stops_on_CREDIT_ERROR_as_an_exhausted_quota() {
        BigDecimal before = client.kontor();
        client.cari().get(1201);
        client.firms();
        assertThat(client.billedCalls()).isEqualTo(app.billedCalls()).isEqualTo(3);
        assertThat(client.kontorSpent()).isEqualByComparingTo("0.0375");
        assertThat(app.kontor()).isEqualByComparingTo(before.subtract(new BigDecimal("0.0250")));

        app.kontor(BigDecimal.ZERO);
        var credit = catchThrowableOfType(ConnectorException.QuotaExhausted.class, () -> client.cari().get(1201));
        assertThat(credit).isNotNull();
        assertThat(credit.getMessage()).contains("CREDIT_ERROR", "kontör");
    }

    @Test
    void says_which_firms_periods_branches_and_depots_the_user_may_use() {
        YetkiliFirma firm = client.firms().getFirst();
        assertThat(firm.firmakodu()).isEqualTo(34);
        assertThat(firm.donemler()).extracting(YetkiliFirma.Donem::donemkodu).containsExactly(1);
        assertThat(firm.subeler().getFirst().depolar().getFirst().depokodu()).isEqualTo("D01");

        try (DiaClient otherFirm = new DiaClient(config().firmaKodu(35).build())) {
            var refused = catchThrowableOfType(ConnectorException.AuthRejected.class,
                    () -> otherFirm.cari().get(1201));
            assertThat(refused.vendorMessage()).contains("INSUFFICIENT_PRIVILEGES");
        }
    }

    @Test
    void a_write_whose_answer_is_lost_is_in_doubt() {
        sandbox.faults().loseNextWrites(1);
        var doubt = catchThrowableOfType(ConnectorException.InDoubt.class, () -> client.cari().create(
                new CariKart(null, "120.009", "KAYIP YANIT A.Ş.", null, null, null, null, null, null, null, null,
                        null, null, null, null, null)));
        assertThat(doubt.operation()).isEqualTo("scf_carikart_ekle");
        assertThat(client.cari().list(DiaQuery.first(0).where("carikartkodu", "=", "120.009"))).hasSize(1);
    }

    @Test
    void reaches_any_model_through_the_raw_pass_through() {
        String answer = client.raw().callRaw("sis_sube_listele", "{}");
        assertThat(answer).contains("\"subekodu\":\"MRK\"");
        assertThat(client.raw().rawOperations()).extracting(o -> o.name()).contains("scf_fatura_ekle", "login");
    }

    @Test
    void close_logs_out() {
        client.cari().get(1201);
        assertThat(app.state().path("sessions").asInt()).isEqualTo(1);
        client.close();
        assertThat(app.state().path("sessions").asInt()).isZero();
    }

    private static ObjectNode link(String field, String value) {
        return JsonNodeFactory.instance.objectNode().put(field, value);
    }
}
