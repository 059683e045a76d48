package dev.kopru.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.app.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions are for the dashboard's form login only: API calls, answered or refused, leave none behind. */
class SessionsTest {

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
    void api_requests_with_basic_a_token_or_no_login_create_no_session() {
        var issued = server.post("/api/v1/tokens", "{\"name\":\"sessions\",\"role\":\"VIEWER\"}");
        String token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        int before = server.activeSessions();

        for (int i = 0; i < 3; i++) { // few wrong passwords: more would be throttled
            assertNoSessionCookie(server.send(HttpRequest.newBuilder(server.uri("/api/v1/connections")).GET().build()));
            assertNoSessionCookie(server.send(server.as("admin", "wrong-password", "/api/v1/pipelines").GET().build()));
            assertNoSessionCookie(server.get("/api/v1/connections"));
            assertNoSessionCookie(server.send(HttpRequest.newBuilder(server.uri("/api/v1/connections"))
                    .header("Authorization", "Bearer " + token).GET().build()));
        }

        assertThat(server.activeSessions()).isEqualTo(before);
    }

    @Test
    void the_dashboard_login_form_still_opens_a_session() {
        var login = server.send(HttpRequest.newBuilder(server.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + TestServer.ADMIN_PASSWORD))
                .build());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
    }

    private static void assertNoSessionCookie(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Set-Cookie")).as(response.uri() + " " + response.statusCode())
                .noneMatch(c -> c.startsWith("JSESSIONID="));
    }
}
