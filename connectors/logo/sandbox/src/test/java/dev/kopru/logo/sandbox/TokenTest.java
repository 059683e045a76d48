package dev.kopru.logo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.testkit.http.TestHttp;
import dev.kopru.testkit.sandbox.Sandbox;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenTest extends LogoSandboxTestBase {

    private static final Map<String, String> FORM = Map.of("grant_type", "password", "username", "LOGO",
            "firmno", "001", "password", "Logo1234");

    @Test
    void accepts_a_token_request_without_basic_credentials_and_a_lower_case_firmno() {
        TestHttp.Response answer = new LogoHttp(sandbox.baseUri()).token(FORM, null);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("expires_in").asLong()).isEqualTo(1199);
    }

    @Test
    void refuses_wrong_client_credentials_as_invalid_client() {
        TestHttp.Response answer = new LogoHttp(sandbox.baseUri()).token(FORM, LogoHttp.basic("logoclient", "x"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void requires_basic_credentials_when_switched_on() {
        try (Sandbox strict = Sandbox.start(new LogoSandbox(LogoSandboxOptions.goldenExamples().requireBasic(true)
                .build()), 0)) {
            TestHttp.Response answer = new LogoHttp(strict.baseUri()).token(FORM, null);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("error").asText()).isEqualTo("invalid_client");
        }
    }

    @Test
    void refuses_every_token_after_the_expiry_knob_and_takes_a_new_login() {
        assertThat(logo.get("/api/v1/items").status()).isEqualTo(200);

        sandbox.faults().expireSessions();

        TestHttp.Response refused = logo.get("/api/v1/items");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("Message").asText())
                .isEqualTo("Authorization has been denied for this request.");
        assertThat(logo.loginGolden().get("/api/v1/items").status()).isEqualTo(200);
    }

    @Test
    void issues_tokens_for_the_lifetime_the_knob_sets() {
        sandbox.faults().sessionTtl(Duration.ofSeconds(30));

        TestHttp.Response answer = new LogoHttp(sandbox.baseUri()).token(FORM, null);

        assertThat(answer.json().get("expires_in").asLong()).isEqualTo(30);
    }

    @Test
    void ends_a_revoked_token() {
        assertThat(logo.get("/api/v1/revoke").status()).isEqualTo(200);

        assertThat(logo.get("/api/v1/items").status()).isEqualTo(401);
    }
}
