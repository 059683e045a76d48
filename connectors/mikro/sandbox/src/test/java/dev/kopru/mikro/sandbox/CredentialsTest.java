package dev.kopru.mikro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.time.SettableClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CredentialsTest extends MikroSandboxTestBase {

    private static final String LIST = "/Api/APIMethods/CariListesiV3";

    private ObjectNode withCredential(String key, Object value) {
        ObjectNode body = mikro.body();
        ObjectNode block = (ObjectNode) body.get("Mikro");
        block.remove(key);
        if (value instanceof Integer number) {
            block.put(key, number);
        } else {
            block.put(key, value.toString());
        }
        return body;
    }

    @Test
    void refuses_a_wrong_api_key_in_mikros_words() {
        assertThat(mikro.error(LIST, withCredential("ApiKey", "WRONG"), 401)).isEqualTo("Geçersiz api key");
    }

    @Test
    void refuses_a_missing_api_key_in_mikros_words() {
        assertThat(mikro.error(LIST, withCredential("ApiKey", ""), 401)).isEqualTo("Json da ApiKey bilgisi eksik!");
    }

    @Test
    void refuses_a_wrong_password_as_a_connection_error() {
        String message = mikro.error(LIST, withCredential("Sifre", MikroHttp.sifre(MikroHttp.GOLDEN_DAY, "nope")), 401);
        assertThat(message).isEqualTo("connection error - Şifre Hatalı!");
    }

    @Test
    void refuses_the_plain_password_instead_of_the_daily_hash() {
        assertThat(mikro.error(LIST, withCredential("Sifre", "123asd"), 401)).isEqualTo("connection error - Şifre Hatalı!");
    }

    @Test
    void refuses_unknown_company_year_and_user() {
        assertThat(mikro.error(LIST, withCredential("FirmaKodu", "BASKA"), 401))
                .isEqualTo("connection error -  Veritabanı bulunamadı!");
        assertThat(mikro.error(LIST, withCredential("CalismaYili", "2024"), 401))
                .isEqualTo("Çalışma yılı bulunamadı: 2024");
        assertThat(mikro.error(LIST, withCredential("KullaniciKodu", "XYZ"), 401)).contains("Kullanıcı");
        ObjectNode noBlock = TestHttp.JSON.createObjectNode().put("CariKod", "");
        assertThat(mikro.error(LIST, noBlock, 401)).contains("Mikro");
    }

    @Test
    void keeps_each_working_year_in_a_database_of_its_own() {
        try (Sandbox twoYears = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples().year(2024)
                .demoSize(3).build()), 0)) {
            MikroHttp http = new MikroHttp(twoYears.baseUri(), MikroHttp.GOLDEN_DAY);
            ObjectNode past = http.body();
            ((ObjectNode) past.get("Mikro")).put("CalismaYili", 2024);
            JsonNode pastCards = http.data(LIST, past.put("Size", 100)).get("CariListesi");
            JsonNode currentCards = http.data(LIST, http.body().put("Size", 100)).get("CariListesi");
            assertThat(pastCards).hasSize(5);
            assertThat(currentCards).hasSize(5);
            assertThat(pastCards.toString()).as("the demo data of each year is its own").isNotEqualTo(currentCards.toString());
            assertThat(http.error(LIST, withCredential("CalismaYili", "2023"), 401))
                    .isEqualTo("Çalışma yılı bulunamadı: 2023");
        }
    }

    @Test
    void accepts_the_working_year_as_a_number_or_a_string() {
        assertThat(mikro.data(LIST, withCredential("CalismaYili", 2025)).get("CariListesi")).hasSize(2);
        assertThat(mikro.data(LIST, withCredential("CalismaYili", "2025")).get("CariListesi")).hasSize(2);
    }

    @Test
    void accepts_only_the_istanbul_days_hash_as_real_servers_do() {
        LocalDate day = MikroHttp.GOLDEN_DAY;
        mikro.error(LIST, withCredential("Sifre", MikroHttp.sifre(day.minusDays(1), "123asd")), 401);
        mikro.error(LIST, withCredential("Sifre", MikroHttp.sifre(day.plusDays(1), "123asd")), 401);
    }

    @Test
    void reads_credential_keys_ignoring_case_and_blanks_including_the_apikey_spelling() {
        ObjectNode block = TestHttp.JSON.createObjectNode();
        block.put("Apikey", "DEMO-KEY").put(" firmakodu ", "kopru").put("CALISMAYILI", 2025)
                .put("kullaniciKodu", "srv").put("SIFRE", MikroHttp.sifre(MikroHttp.GOLDEN_DAY, "123asd").toUpperCase());
        ObjectNode body = TestHttp.JSON.createObjectNode();
        body.set("mikro", block);
        assertThat(mikro.data(LIST, body).get("CariListesi")).hasSize(2);
    }

    @Test
    void logs_in_with_the_seed_shape_and_serves_calls_that_carry_the_session() {
        try (Sandbox seedSandbox = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples()
                .seedLogin(new MikroSandboxOptions.SeedLogin("admin", "admin123", 1)).build()), 0)) {
            MikroHttp http = new MikroHttp(seedSandbox.baseUri(), MikroHttp.GOLDEN_DAY);
            ObjectNode login = TestHttp.JSON.createObjectNode()
                    .put("KullaniciAdi", "admin").put("Sifre", "admin123").put("FirmaNo", 1).put("Donem", 1);
            JsonNode answer = http.post("/Api/APIMethods/APILogin", login).json();
            assertThat(answer.get("Basarili").asBoolean()).isTrue();
            assertThat(answer.get("Mesaj").asText()).isEqualTo("Başarılı");
            String session = answer.get("SessionId").asText();

            ObjectNode call = TestHttp.JSON.createObjectNode().put("SessionId", session);
            call.putObject("Filtre").put("CariVKNTCNo", "9876543210");
            assertThat(http.data(LIST, call).get("CariListesi")).hasSize(1);

            seedSandbox.faults().expireSessions();
            assertThat(http.error(LIST, call, 401)).isEqualTo(Sessions.EXPIRED);

            String second = http.post("/Api/APIMethods/APILogin", login).json().get("SessionId").asText();
            ObjectNode logoff = TestHttp.JSON.createObjectNode().put("SessionId", second);
            assertThat(http.data("/Api/apiMethods/APILogoff", logoff).isNull()).isTrue();
            http.error(LIST, TestHttp.JSON.createObjectNode().put("SessionId", second), 401);

            JsonNode refused = http.post("/Api/APIMethods/APILogin", login.put("Sifre", "wrong")).json();
            assertThat(refused.get("Basarili").asBoolean()).isFalse();
            assertThat(refused.get("SessionId").isNull()).isTrue();
            assertThat(refused.get("Mesaj").asText()).contains("şifre");
        }
    }

    @Test
    void mikro_login_returns_a_session_id_by_default_that_later_calls_may_carry() {
        try (Sandbox defaults = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples()
                .loginReturnsSessionId(true).build()), 0)) {
            MikroHttp http = new MikroHttp(defaults.baseUri(), MikroHttp.GOLDEN_DAY);
            JsonNode data = http.data("/Api/APIMethods/APILogin", http.mikro().put("FirmaNo", 0).put("SubeNo", 0));
            String session = data.get("SessionId").asText();
            assertThat(session).isNotBlank();
            ObjectNode call = TestHttp.JSON.createObjectNode().put("SessionId", session);
            assertThat(http.data(LIST, call).get("CariListesi")).hasSize(2);
        }
    }

    @Test
    void a_session_ends_after_its_lifetime() {
        SettableClock clock = new SettableClock(MikroHttp.GOLDEN_DAY.atTime(12, 0), MikroSandboxOptions.ISTANBUL);
        try (Sandbox timed = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples().clock(clock)
                .loginReturnsSessionId(true).build()), 0)) {
            timed.faults().sessionTtl(java.time.Duration.ofMinutes(5));
            MikroHttp http = new MikroHttp(timed.baseUri(), MikroHttp.GOLDEN_DAY);
            String session = http.data("/Api/APIMethods/APILogin", http.mikro()).get("SessionId").asText();
            ObjectNode call = TestHttp.JSON.createObjectNode().put("SessionId", session);
            clock.advance(java.time.Duration.ofMinutes(4));
            http.data(LIST, call);
            clock.advance(java.time.Duration.ofMinutes(2));
            assertThat(http.error(LIST, call, 401)).isEqualTo(Sessions.EXPIRED);
        }
    }

    @Test
    void a_user_without_a_password_sends_the_hash_of_the_date_alone() {
        try (Sandbox open = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples()
                .user("BOS", "").build()), 0)) {
            MikroHttp http = new MikroHttp(open.baseUri(), MikroHttp.GOLDEN_DAY);
            ObjectNode body = http.body();
            ((ObjectNode) body.get("Mikro")).put("KullaniciKodu", "BOS")
                    .put("Sifre", MikroHttp.sifre(MikroHttp.GOLDEN_DAY, ""));
            assertThat(http.data(LIST, body).get("CariListesi")).hasSize(2);
        }
    }

    @Test
    void the_adjacent_day_tolerance_can_be_switched_on_but_reaches_no_further() {
        try (Sandbox tolerant = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples()
                .adjacentDayTolerance(true).build()), 0)) {
            MikroHttp http = new MikroHttp(tolerant.baseUri(), MikroHttp.GOLDEN_DAY);
            LocalDate day = MikroHttp.GOLDEN_DAY;
            assertThat(http.data(LIST, signed(http, day.minusDays(1)))).isNotNull();
            assertThat(http.data(LIST, signed(http, day.plusDays(1)))).isNotNull();
            http.error(LIST, signed(http, day.minusDays(2)), 401);
        }
    }

    private static ObjectNode signed(MikroHttp http, LocalDate day) {
        ObjectNode body = http.body();
        ((ObjectNode) body.get("Mikro")).put("Sifre", MikroHttp.sifre(day, "123asd"));
        return body;
    }

    @Test
    void mirrors_the_envelope_status_into_http_when_asked() {
        try (Sandbox mirrored = Sandbox.start(new MikroSandbox(MikroSandboxOptions.goldenExamples()
                .mirrorStatusInHttp(true).build()), 0)) {
            MikroHttp http = new MikroHttp(mirrored.baseUri(), MikroHttp.GOLDEN_DAY);
            ObjectNode body = http.body();
            ((ObjectNode) body.get("Mikro")).put("ApiKey", "WRONG");
            TestHttp.Response response = http.post(LIST, body);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().get("result").get(0).get("ErrorMessage").asText()).isEqualTo("Geçersiz api key");
        }
    }

    @Test
    void journals_requests_with_the_daily_hash_and_api_key_masked() {
        mikro.data(LIST, mikro.body());
        String journaled = sandbox.journal().entries().get(0).body();
        assertThat(journaled).doesNotContain("DEMO-KEY", MikroHttp.sifre(MikroHttp.GOLDEN_DAY, "123asd"))
                .contains("\"KullaniciKodu\":\"SRV\"");
    }
}
