package dev.kopru.dia.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.testkit.golden.GoldenExchange;
import dev.kopru.testkit.golden.GoldenJson;
import dev.kopru.testkit.vendor.VendorDouble;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden exchange from the client's side: it sends exactly the fixture's request (after the login every call
 * needs) and reads the fixture's answer into the expected result or failure.
 */
class GoldenExchangesTest {

    /** connectors/dia/golden; its README states the matching rules. */
    static final Path GOLDEN = Path.of("..", "golden");
    static final String SESSION = "b2d4820cc43f4d98a8c6698686b6d386";
    static final VendorDouble.Reply LOGGED_IN = VendorDouble.Reply.json(200,
            "{\"code\":\"200\",\"msg\":\"" + SESSION + "\"}");

    /** What each fixture's exchange is, from the client's side: the call, and what must come of it. */
    static final Map<String, BiConsumer<DiaClient, GoldenExchange>> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("G01-login.json", (client, fixture) -> client.login());
        SCENARIOS.put("G02-login-wrong-password.json", (client, fixture) -> {
            var refused = catchThrowableOfType(ConnectorException.AuthRejected.class, client::login);
            assertThat(refused.vendorMessage()).contains("NOUSER");
            assertThat(refused.operation()).isEqualTo("login");
        });
        SCENARIOS.put("G03-firms.json", (client, fixture) -> {
            YetkiliFirma firm = client.firms().getFirst();
            assertThat(firm.firmaadi()).isEqualTo("ÖRNEK GIDA A.Ş.");
            assertThat(firm.subeler().getFirst().depolar().getFirst().depoadi()).isEqualTo("ANA DEPO");
            assertThat(firm.ontanimli__donemkodu()).isEqualTo(1);
        });
        SCENARIOS.put("G04-cari-list.json", (client, fixture) -> assertThat(client.cari().list(DiaQuery.first(2)
                .where("carikarttipi", "=", "AL").where("_date", ">=", "2024-01-01").orderBy("carikartkodu", false)
                .columns("carikartkodu", "unvan"))).extracting(CariKart::unvan)
                .containsExactly("ÖRNEK GIDA A.Ş.", "DENİZ LOJİSTİK LTD. ŞTİ."));
        SCENARIOS.put("G05-contains-filter.json", (client, fixture) -> assertThat(client.cari().list(
                DiaQuery.first(0).where("unvan", null, "LOJİSTİK").columns("carikartkodu", "unvan")))
                .extracting(CariKart::_key).containsExactly("1202"));
        SCENARIOS.put("G06-cari-getir.json", (client, fixture) -> {
            CariKart cari = client.cari().get(1201);
            assertThat(cari._key_sis_vergidairesi().path("kod").asText()).isEqualTo("KADIKÖY");
            assertThat(cari.m_adresler().getFirst().adres1()).isEqualTo("Atatürk Cad. No:1");
            assertThat(cari._date()).isEqualTo("2024-03-01 10:29:41");
        });
        SCENARIOS.put("G07-cari-ekle.json", (client, fixture) -> assertThat(client.cari().create(new CariKart(null,
                "120.003", "YENİ MÜŞTERİ A.Ş.", "AL", null, "9876543210", null, link("kod", "ÇANKAYA VERGİ DAİRESİ"),
                null, null, null, null, null, List.of(new CariKart.CariAdres(null, "MERKEZ", "F", "1", "Kızılay", null,
                null, null, null)), null, null)).key()).isEqualTo(1203));
        SCENARIOS.put("G08-gts-notlar-ekle.json", (client, fixture) -> assertThat(client.model("gts_notlar")
                .create(kart(fixture)).msg()).isEqualTo("[ws] «2017-03-25» tarihli «Görev Notu» eklenmiştir."));
        SCENARIOS.put("G09-bad-combo.json", (client, fixture) -> assertThat(catchThrowableOfType(
                ConnectorException.Validation.class, () -> client.stok().create(new StokKart(null, "S1", null,
                        "Ticari Mal", null, null, null, null, null, null))).field()).contains("stokkartturu"));
        SCENARIOS.put("G10-missing-reference.json", (client, fixture) -> assertThat(catchThrowableOfType(
                ConnectorException.Validation.class, () -> client.cari().create(new CariKart(null, "120.010", null,
                        null, null, null, null, JsonNodeFactory.instance.numberNode(123), null, null, null, null, null, null,
                        null, null))).field()).contains("_key_sis_vergidairesi"));
        SCENARIOS.put("G11-ambiguous-filter.json", (client, fixture) -> assertThat(catchThrowableOfType(
                ConnectorException.Validation.class, () -> client.model("scf_carikart").create(kart(fixture)))
                .vendorMessage()).contains("Kritere uygun birden fazla kayıt var!"));
        SCENARIOS.put("G12-fatura-ekle.json", (client, fixture) -> assertThat(client.model("scf_fatura")
                .create(kart(fixture)).lineKeys()).hasSize(1));
        SCENARIOS.put("G13-fatura-no-lines.json", (client, fixture) -> assertThat(catchThrowableOfType(
                ConnectorException.Validation.class, () -> client.model("scf_fatura").create(kart(fixture))).field())
                .contains("m_kalemler"));
        SCENARIOS.put("G14-fatura-guncelle.json", (client, fixture) -> assertThat(client.model("scf_fatura")
                .update(kart(fixture)).key()).isEqualTo(88001));
        SCENARIOS.put("G15-cari-sil.json", (client, fixture) -> client.cari().delete(1202));
        SCENARIOS.put("G16-expired-session.json", (client, fixture) -> {
            assertThat(client.cari().get(1201).carikartkodu()).isEqualTo("120.001");
            assertThat(client.logins()).isEqualTo(2);
        });
    }

    static List<String> fixtures() {
        return GoldenJson.files(GOLDEN);
    }

    static GoldenExchange load(String file) {
        return GoldenExchange.load(GOLDEN, file);
    }

    /** The fixture's {@code kart}, as a caller of the generic model would pass it. */
    static ObjectNode kart(GoldenExchange fixture) {
        return (ObjectNode) fixture.requestBody().elements().next().get("kart").deepCopy();
    }

    static ObjectNode link(String field, String value) {
        return JsonNodeFactory.instance.objectNode().put(field, value);
    }

    /** dia.md's example credentials; G02's password is the wrong one it shows. */
    static DiaConfig config(String url, String file) {
        return DiaConfig.builder().baseUrl(url).username("ws").password(file.startsWith("G02") ? "wrong" : "ws")
                .apiKey("APIKEY-123").firmaKodu(34).donemKodu(1).disconnectSameUser(true).build();
    }

    @Test
    void every_golden_fixture_has_a_scenario_and_every_scenario_a_fixture() {
        assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrderElementsOf(fixtures());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sends_the_golden_request_and_reads_the_golden_response(String file) throws Exception {
        GoldenExchange fixture = load(file);
        boolean loginItself = fixture.requestBody().has("login");
        VendorDouble.Reply[] script = file.startsWith("G16")
                ? new VendorDouble.Reply[] {LOGGED_IN, fixture.reply(), VendorDouble.Reply.json(200,
                        "{\"code\":\"200\",\"msg\":\"0123456789abcdef0123456789abcdef\"}"),
                        load("G06-cari-getir.json").reply()}
                : loginItself ? new VendorDouble.Reply[] {fixture.reply()}
                : new VendorDouble.Reply[] {LOGGED_IN, fixture.reply()};
        try (VendorDouble vendor = VendorDouble.replying(script)) {
            DiaClient client = new DiaClient(config(vendor.url(), file));

            SCENARIOS.get(file).accept(client, fixture);

            VendorDouble.Received request = vendor.received().get(loginItself ? 0 : 1);
            assertThat(request.method()).isEqualTo(fixture.method());
            assertThat(request.path()).isEqualTo(fixture.path());
            fixture.assertRequestBody(request.body(), Map.of("session", SESSION));
        }
    }
}
