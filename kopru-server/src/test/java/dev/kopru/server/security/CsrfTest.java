package dev.kopru.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.app.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A dashboard session's writes need the CSRF token; Basic and bearer callers need none. */
class CsrfTest {

    static TestServer server;
    static String session;
    static String csrf;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        var login = server.send(HttpRequest.newBuilder(server.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + TestServer.ADMIN_PASSWORD))
                .build());
        session = cookie(login, "JSESSIONID");
        var page = server.send(onSession("/api/v1/connections").GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        csrf = cookie(page, "XSRF-TOKEN");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not set: " + response.headers()));
    }

    private static HttpRequest.Builder onSession(String path) {
        return HttpRequest.newBuilder(server.uri(path)).header("Cookie", "JSESSIONID=" + session
                + (csrf == null ? "" : "; XSRF-TOKEN=" + csrf));
    }

    @Test
    void a_body_less_post_on_a_session_without_the_token_is_refused() {
        for (String path : new String[] {"/api/v1/pipelines/1/pause", "/api/v1/pipelines/1/resume",
                "/api/v1/pipelines/1/run", "/api/v1/connections/1/test"}) {
            var refused = server.send(onSession(path).POST(HttpRequest.BodyPublishers.noBody()).build());

            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("problems/csrf", "X-XSRF-TOKEN");
        }
        var delete = server.send(onSession("/api/v1/tokens/1").DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(403);
    }

    @Test
    void a_post_on_a_session_with_the_token_passes() {
        var pause = server.send(onSession("/api/v1/pipelines/1/pause").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        var wrongToken = server.send(onSession("/api/v1/pipelines/1/pause").header("X-XSRF-TOKEN", "forged")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(pause.statusCode()).as("past CSRF and roles (no such pipeline here)").isEqualTo(404);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
    }

    @Test
    void the_logout_form_needs_the_token_as_a_form_field() {
        var forged = server.send(onSession("/logout").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build());

        assertThat(forged.statusCode()).isEqualTo(403);
        // the real logout would end the session the other tests use: a second session logs out
        var login = server.send(HttpRequest.newBuilder(server.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + TestServer.ADMIN_PASSWORD))
                .build());
        String other = cookie(login, "JSESSIONID");
        String otherCsrf = cookie(server.send(HttpRequest.newBuilder(server.uri("/api/v1/connections"))
                .header("Cookie", "JSESSIONID=" + other).GET().build()), "XSRF-TOKEN");
        var logout = server.send(HttpRequest.newBuilder(server.uri("/logout"))
                .header("Cookie", "JSESSIONID=" + other + "; XSRF-TOKEN=" + otherCsrf).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + otherCsrf)).build());

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
    }

    @Test
    void basic_and_bearer_callers_need_no_token_and_get_no_cookie() {
        var token = server.post("/api/v1/tokens", "{\"name\":\"csrf\",\"role\":\"OPERATOR\"}");
        String bearer = token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        var basic = server.send(server.asAdmin("/api/v1/pipelines/1/pause").POST(HttpRequest.BodyPublishers.noBody()).build());
        var byToken = server.send(HttpRequest.newBuilder(server.uri("/api/v1/pipelines/1/pause"))
                .header("Authorization", "Bearer " + bearer).POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(token.statusCode()).isEqualTo(201);
        assertThat(basic.statusCode()).isEqualTo(404);
        assertThat(byToken.statusCode()).isEqualTo(404);
        assertThat(basic.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("XSRF-TOKEN="));
    }
}
