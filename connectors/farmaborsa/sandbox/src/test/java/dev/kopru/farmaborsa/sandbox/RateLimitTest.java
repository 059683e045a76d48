package dev.kopru.farmaborsa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.Sandbox;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The vendor's "1 dk'da maksimum 10 istek" per account (farmaborsa.md §1, G10): on in these options as in the
 * defaults; the clock the test moves decides when the window frees up.
 */
class RateLimitTest extends FarmaBorsaSandboxTestBase {

    @Override
    protected FarmaBorsaSandboxOptions.Builder options() {
        return super.options().rateLimit(10, Duration.ofMinutes(1));
    }

    private int list(ObjectNode credentials) {
        return farma.post("/api/Entegre/IlanlarimListesi", credentials).status();
    }

    private void useUp(ObjectNode credentials, int calls) {
        for (int i = 0; i < calls; i++) {
            assertThat(list(credentials)).as("call %d", i + 1).isEqualTo(200);
        }
    }

    @Test
    void refuses_the_eleventh_call_in_a_minute_with_429_and_retry_after() {
        useUp(FarmaBorsaHttp.seller(), 6);
        clock.advance(Duration.ofSeconds(20));
        useUp(FarmaBorsaHttp.seller(), 4);

        TestHttp.Response refused = farma.post("/api/Entegre/IlanKaydet", FarmaBorsaHttp.seller());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("40");
        JsonNode body = refused.json();
        assertThat(body.get("hata").asBoolean()).isTrue();
        assertThat(body.get("mesaj").asText()).isEqualTo("1 dk'da maksimum 10 istek atabilirsiniz.");
        clock.advance(Duration.ofSeconds(40));
        useUp(FarmaBorsaHttp.seller(), 6);
        assertThat(list(FarmaBorsaHttp.seller())).isEqualTo(429);
    }

    @Test
    void counts_each_account_on_its_own() {
        useUp(FarmaBorsaHttp.seller(), 10);

        assertThat(list(FarmaBorsaHttp.seller())).isEqualTo(429);
        assertThat(list(FarmaBorsaHttp.buyer())).isEqualTo(200);
    }

    @Test
    void counts_calls_with_wrong_credentials_and_every_operation() {
        useUp(FarmaBorsaHttp.credentials("demoeczane", "wrong", "DEMO-KEY"), 5);
        for (int i = 0; i < 5; i++) {
            assertThat(farma.post("/Entegre/SatFaturaKaydet", FarmaBorsaHttp.seller()).status()).isEqualTo(200);
        }

        assertThat(farma.post("/api/Entegre/SiparisListesi", FarmaBorsaHttp.seller()).status()).isEqualTo(429);
    }

    @Test
    void the_admin_knob_turns_it_off_or_scales_it() {
        useUp(FarmaBorsaHttp.seller(), 10);
        farma.admin("PUT", "rate-limit", "{\"enabled\":false}", 200);
        useUp(FarmaBorsaHttp.seller(), 15);

        JsonNode scaled = farma.admin("PUT", "rate-limit", "{\"enabled\":true,\"permits\":3,\"periodMs\":1000}", 200);
        assertThat(scaled.get("mesaj").asText()).isEqualTo("1 sn'de maksimum 3 istek atabilirsiniz.");
        useUp(FarmaBorsaHttp.seller(), 3);
        assertThat(list(FarmaBorsaHttp.seller())).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(list(FarmaBorsaHttp.seller())).isEqualTo(200);
        assertThat(farma.admin("GET", "rate-limit", null, 200).get("permits").asInt()).isEqualTo(3);
    }

    @Test
    void refuses_bad_knob_values_naming_the_field() {
        assertThat(farma.admin("PUT", "rate-limit", "{\"permits\":0}", 400).get("field").asText())
                .isEqualTo("permits");
        assertThat(farma.admin("PUT", "rate-limit", "{\"periodMs\":-5}", 400).get("field").asText())
                .isEqualTo("periodMs");
        assertThat(farma.admin("PUT", "rate-limit", "{\"enabled\":\"yes\"}", 400).get("field").asText())
                .isEqualTo("enabled");
        assertThat(farma.admin("PUT", "rate-limit", "{\"httpStatus\":503}", 400).get("field").asText())
                .isEqualTo("httpStatus");
        assertThat(farma.admin("GET", "rate-limit", null, 200).get("permits").asInt()).isEqualTo(10);
    }

    @Test
    void can_answer_in_the_envelope_with_http_200_instead() {
        farma.admin("PUT", "rate-limit", "{\"httpStatus\":200}", 200);
        useUp(FarmaBorsaHttp.seller(), 10);

        JsonNode refused = farma.refused("IlanlarimListesi", FarmaBorsaHttp.seller());

        assertThat(refused.get("mesaj").asText()).isEqualTo("1 dk'da maksimum 10 istek atabilirsiniz.");
        assertThat(refused.get("ilanlarimList").isNull()).isTrue();
    }

    @Test
    void survives_the_kits_fault_clearing_and_comes_back_on_reset() {
        farma.admin("PUT", "rate-limit", "{\"enabled\":false}", 200);
        sandbox.faults().clear();
        useUp(FarmaBorsaHttp.seller(), 12);

        sandbox.app().reset();

        useUp(FarmaBorsaHttp.seller(), 10);
        sandbox.faults().clear();
        assertThat(list(FarmaBorsaHttp.seller())).isEqualTo(429);
    }

    @Test
    void is_on_by_default() {
        try (Sandbox fresh = Sandbox.start(new FarmaBorsaSandbox(), 0)) {
            FarmaBorsaHttp demo = new FarmaBorsaHttp(fresh.baseUri());
            ObjectNode credentials = FarmaBorsaHttp.credentials("demo", "demo", "demo-api-key");
            for (int i = 0; i < 10; i++) {
                assertThat(demo.post("/api/Entegre/IlanlarimListesi", credentials).status()).isEqualTo(200);
            }
            assertThat(demo.post("/api/Entegre/IlanlarimListesi", credentials).status()).isEqualTo(429);
        }
    }
}
