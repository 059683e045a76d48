package dev.kopru.server.mikroapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuideEnvironmentTest {

    private static Map<String, String> guideEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("MIKRO_API_URL", "http://localhost:8094");
        env.put("MIKRO_API_USERNAME", "admin");
        env.put("MIKRO_API_PASSWORD", "admin123");
        env.put("MIKRO_COMPANY_CODE", "1");
        env.put("MIKRO_PERIOD", "1");
        return env;
    }

    @Test
    void the_guides_env_alone_is_refused_naming_what_the_real_mikro_needs() {
        Map<String, String> env = guideEnv();

        assertThat(GuideEnvironment.present(env::get)).isTrue();
        assertThatThrownBy(() -> GuideEnvironment.read(env::get)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MIKRO_API_KEY (the licence ApiKey")
                .message().doesNotContain("admin123");
    }

    @Test
    void with_the_api_key_it_maps_to_the_connections_settings_and_notes_the_assumptions() {
        Map<String, String> env = guideEnv();
        env.put("MIKRO_API_KEY", "key");

        GuideEnvironment guide = GuideEnvironment.read(env::get);

        assertThat(guide.settings()).containsEntry("baseUrl", "http://localhost:8094")
                .containsEntry("kullaniciKodu", "admin").containsEntry("password", "admin123")
                .containsEntry("apiKey", "key").containsEntry("firmaKodu", "1").containsEntry("firmaNo", "1")
                .containsKey("calismaYili");
        assertThat(guide.notes()).anySatisfy(n -> assertThat(n).contains("MIKRO_FIRMA_KODU"))
                .anySatisfy(n -> assertThat(n).contains("MIKRO_CALISMA_YILI", "MIKRO_PERIOD=1 is a period"));
        assertThat(guide.toString()).doesNotContain("admin123", "key\"");
    }

    @Test
    void our_own_keys_win_and_a_four_digit_period_is_the_year() {
        Map<String, String> env = guideEnv();
        env.put("MIKRO_API_KEY", "key");
        env.put("MIKRO_FIRMA_KODU", "MIKROFLY");
        env.put("MIKRO_PERIOD", "2024");

        GuideEnvironment guide = GuideEnvironment.read(env::get);

        assertThat(guide.settings()).containsEntry("firmaKodu", "MIKROFLY").containsEntry("calismaYili", "2024");
        assertThat(guide.notes()).isEmpty();
    }

    @Test
    void without_the_url_nothing_is_configured() {
        assertThat(GuideEnvironment.present(Map.<String, String>of()::get)).isFalse();
    }
}
