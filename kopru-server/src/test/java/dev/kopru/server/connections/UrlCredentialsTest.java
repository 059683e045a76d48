package dev.kopru.server.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.app.TestServer;
import org.junit.jupiter.api.Test;

class UrlCredentialsTest {

    @Test
    void a_base_url_with_a_user_and_password_in_it_is_refused_naming_base_url_without_echoing_it() {
        try (TestServer server = TestServer.start()) {
            var refused = server.post("/api/v1/connections", "{\"name\":\"creds\",\"vendor\":\"mikro\",\"config\":"
                    + "{\"baseUrl\":\"http://muhasebe:Gizli-Parola-9@127.0.0.1:1/\",\"apiKey\":\"k\",\"firmaKodu\":\"F\",\"calismaYili\":\"2025\",\"kullaniciKodu\":\"SRV\",\"password\":\"pw-12345\"}}");
            var broken = server.post("/api/v1/connections", "{\"name\":\"creds2\",\"vendor\":\"mikro\",\"config\":"
                    + "{\"baseUrl\":\"http://muhasebe:Gizli Parola@127.0.0.1:1/\",\"apiKey\":\"k\",\"firmaKodu\":\"F\",\"calismaYili\":\"2025\",\"kullaniciKodu\":\"SRV\",\"password\":\"pw-12345\"}}");

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("config.baseUrl").doesNotContain("Gizli");
            assertThat(broken.statusCode()).isEqualTo(400);
            assertThat(broken.body()).contains("config.baseUrl").doesNotContain("Gizli");
        }
    }
}
