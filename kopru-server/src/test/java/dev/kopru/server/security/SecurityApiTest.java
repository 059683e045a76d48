package dev.kopru.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.app.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecurityApiTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        addUser("vera", "viewer-password", "VIEWER");
        addUser("otto", "operator-password", "OPERATOR");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void addUser(String name, String password, String role) {
        var response = server.post("/api/v1/users",
                "{\"username\":\"" + name + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String method, String json) {
        return server.send(request.header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpRequest.Builder bearer(String token, String path) {
        return HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    @Test
    void users_are_listed_with_roles_and_never_a_password_hash() {
        var response = server.get("/api/v1/users");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"vera\"", "\"role\":\"VIEWER\"", "\"items\"")
                .doesNotContain("viewer-password", "{bcrypt}", "password");
    }

    @Test
    void a_bad_role_or_short_password_is_refused_naming_the_field() {
        var badRole = server.post("/api/v1/users", "{\"username\":\"x1\",\"password\":\"long-enough\",\"role\":\"BOSS\"}");
        var shortPassword = server.post("/api/v1/users", "{\"username\":\"x2\",\"password\":\"short\",\"role\":\"VIEWER\"}");

        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(badRole.body()).contains("\"field\":\"role\"");
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("\"field\":\"password\"");
    }

    @Test
    void user_names_are_unique_whatever_their_case_and_log_in_in_any_case() {
        var twin = server.post("/api/v1/users", "{\"username\":\"Vera\",\"password\":\"another-password\",\"role\":\"ADMIN\"}");
        var login = server.send(server.as("VERA", "viewer-password", "/api/v1/connections").GET().build());

        assertThat(twin.statusCode()).isEqualTo(400);
        assertThat(twin.body()).contains("\"field\":\"username\"", "'vera' already exists");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v1/users").body()).doesNotContain("Vera");
    }

    @Test
    void a_changed_password_replaces_the_old_one() {
        addUser("pia", "first-password", "VIEWER");

        var changed = send(server.asAdmin("/api/v1/users/pia/password"), "PUT", "{\"password\":\"second-password\"}");
        var unknown = send(server.asAdmin("/api/v1/users/nobody/password"), "PUT", "{\"password\":\"second-password\"}");

        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(server.send(server.as("pia", "first-password", "/api/v1/tokens").GET().build()).statusCode())
                .isEqualTo(401);
        assertThat(server.send(server.as("pia", "second-password", "/api/v1/users").GET().build()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_viewer_reads_but_cannot_run_replay_or_create() {
        var read = server.send(server.as("vera", "viewer-password", "/api/v1/users").GET().build());
        var run = send(server.as("vera", "viewer-password", "/api/v1/pipelines/1/run"), "POST", "{}");
        var replay = send(server.as("vera", "viewer-password", "/api/v1/pipelines/1/dead-letters/replay"), "POST", "{}");
        var create = send(server.as("vera", "viewer-password", "/api/v1/connections"), "POST", "{}");
        var token = send(server.as("vera", "viewer-password", "/api/v1/tokens"), "POST", "{\"name\":\"t\",\"role\":\"VIEWER\"}");

        assertThat(read.statusCode()).as("users are for admins").isEqualTo(403);
        assertThat(run.statusCode()).isEqualTo(403);
        assertThat(replay.statusCode()).isEqualTo(403);
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(token.statusCode()).isEqualTo(403);
    }

    @Test
    void an_operator_runs_but_cannot_create_connections() {
        var run = send(server.as("otto", "operator-password", "/api/v1/pipelines/1/run"), "POST", "{}");
        var create = send(server.as("otto", "operator-password", "/api/v1/connections"), "POST", "{}");
        var change = send(server.as("otto", "operator-password", "/api/v1/connections/1"), "PUT", "{}");

        assertThat(run.statusCode()).as("past the role check (no such pipeline here)").isNotIn(401, 403);
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(change.statusCode()).isEqualTo(403);
    }

    @Test
    void a_token_works_with_its_role_until_it_is_revoked() {
        var issued = server.post("/api/v1/tokens", "{\"name\":\"billing app\",\"role\":\"VIEWER\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String token = field(issued.body(), "token");
        String id = field(issued.body(), "id");

        var read = server.send(bearer(token, "/api/v1/connections/1/sql").GET().build());
        var write = send(bearer(token, "/api/v1/pipelines/1/run"), "POST", "{}");
        var listed = server.get("/api/v1/tokens");
        var revoked = send(server.asAdmin("/api/v1/tokens/" + id), "DELETE", null);
        var after = server.send(bearer(token, "/api/v1/connections").GET().build());

        assertThat(read.statusCode()).as("a viewer token reads").isNotIn(401, 403);
        assertThat(write.statusCode()).as("a viewer token does not run").isEqualTo(403);
        assertThat(listed.body()).contains("billing app", "\"lastUsedAt\":\"").doesNotContain(token);
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("invalid-token");
    }

    @Test
    void an_admin_token_may_do_what_an_admin_does() {
        String token = field(server.post("/api/v1/tokens", "{\"name\":\"ops\",\"role\":\"ADMIN\"}").body(), "token");

        var users = server.send(bearer(token, "/api/v1/users").GET().build());

        assertThat(users.statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_token_fails_and_a_token_role_above_the_caller_is_refused() {
        var unknown = server.send(bearer("kpr_not-a-token", "/api/v1/connections").GET().build());
        var noRole = server.post("/api/v1/tokens", "{\"name\":\"x\",\"role\":\"ROOT\"}");
        var revokeMissing = send(server.asAdmin("/api/v1/tokens/999999"), "DELETE", null);

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(noRole.statusCode()).isEqualTo(400);
        assertThat(noRole.body()).contains("\"field\":\"role\"");
        assertThat(revokeMissing.statusCode()).isEqualTo(404);
    }

    @Test
    void a_token_above_the_callers_role_is_refused() {
        var tokens = server.bean(ApiTokens.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.issue("x", Role.ADMIN, "otto", Role.OPERATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("role: ADMIN is above");
    }

    @Test
    void an_api_call_without_a_login_is_a_401_problem_with_a_basic_challenge() {
        var none = server.send(HttpRequest.newBuilder(server.uri("/api/v1/connections")).GET().build());
        var wrongPassword = server.send(server.as("vera", "not-her-password", "/api/v1/connections").GET().build());

        for (var response : java.util.List.of(none, wrongPassword)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic "));
            assertThat(response.body()).contains("\"type\":\"https://kopru.dev/problems/unauthorized\"",
                    "\"status\":401", "GET /api/v1/connections: needs a login").doesNotContain("not-her-password");
        }
    }

    @Test
    void the_dashboards_own_fetch_gets_a_401_without_a_challenge_and_a_page_goes_to_the_login_form() {
        var fetch = server.send(HttpRequest.newBuilder(server.uri("/api/v1/pipelines"))
                .header("X-Requested-With", "XMLHttpRequest").GET().build());
        var page = server.send(HttpRequest.newBuilder(server.uri("/")).header("Accept", "text/html").GET().build());

        assertThat(fetch.statusCode()).isEqualTo(401);
        assertThat(fetch.headers().firstValue("WWW-Authenticate")).as("no browser login box").isEmpty();
        assertThat(fetch.body()).contains("unauthorized");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void a_role_too_low_is_a_403_problem_naming_the_callers_role() {
        var create = send(server.as("vera", "viewer-password", "/api/v1/connections"), "POST", "{}");

        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(create.body()).contains("\"type\":\"https://kopru.dev/problems/forbidden\"", "\"status\":403",
                "\"role\":\"VIEWER\"", "POST /api/v1/connections: not allowed for the role VIEWER");
    }
}
