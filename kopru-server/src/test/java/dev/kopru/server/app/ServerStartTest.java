package dev.kopru.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerStartTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void health_is_open_and_up() {
        var response = server.send(HttpRequest.newBuilder(server.uri("/actuator/health")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void the_api_needs_a_login() {
        var anonymous = server.send(HttpRequest.newBuilder(server.uri("/api/v1/connections"))
                .header("Accept", "application/json").GET().build());
        var wrong = server.send(server.as("admin", "wrong-password", "/api/v1/connections").GET().build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void the_openapi_document_is_served() {
        var response = server.get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"");
    }
}
