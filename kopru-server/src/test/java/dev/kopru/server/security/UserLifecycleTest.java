package dev.kopru.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.app.TestServer;
import dev.kopru.server.runs.EventStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A login stops working everywhere the moment it is revoked: a password change, a disabled or deleted user ends its
 * dashboard sessions, its remembered Basic logins and its open event streams; a revoked token ends its streams.
 * Basic is verified against the hash once, then remembered.
 */
class UserLifecycleTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final AtomicInteger NAMES = new AtomicInteger();
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
    void a_password_change_ends_sessions_basic_logins_and_streams() throws Exception {
        String name = user("OPERATOR");
        String session = login(name, "first-password-1");
        assertThat(withSession(session).statusCode()).isEqualTo(200);
        assertThat(basic(name, "first-password-1").statusCode()).isEqualTo(200);
        try (EventStream basicStream = stream(server.as(name, "first-password-1", "/api/v1/events"));
             EventStream sessionStream = stream(HttpRequest.newBuilder(server.uri("/api/v1/events"))
                     .header("Cookie", session))) {

            assertThat(server.send(server.asAdmin("/api/v1/users/" + name + "/password")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"second-password-2\"}")).build())
                    .statusCode()).isEqualTo(204);

            assertThat(basicStream.ended(WAIT)).isTrue();
            assertThat(sessionStream.ended(WAIT)).isTrue();
        }
        assertThat(basic(name, "first-password-1").statusCode()).isEqualTo(401);
        assertThat(withSession(session).statusCode()).isEqualTo(401);
        assertThat(basic(name, "second-password-2").statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_user_cannot_log_in_until_enabled_and_a_deleted_one_never() throws Exception {
        String name = user("VIEWER");
        String session = login(name, "first-password-1");
        try (EventStream stream = stream(server.as(name, "first-password-1", "/api/v1/events"))) {
            assertThat(status(name, true).statusCode()).isEqualTo(200);
            assertThat(stream.ended(WAIT)).isTrue();
        }
        assertThat(basic(name, "first-password-1").statusCode()).isEqualTo(401);
        assertThat(withSession(session).statusCode()).isEqualTo(401);
        assertThat(server.get("/api/v1/users").body()).contains("\"username\":\"" + name + "\",\"role\":\"VIEWER\","
                + "\"disabled\":true");

        assertThat(status(name, false).statusCode()).isEqualTo(200);
        assertThat(basic(name, "first-password-1").statusCode()).isEqualTo(200);

        assertThat(server.send(server.asAdmin("/api/v1/users/" + name).DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(basic(name, "first-password-1").statusCode()).isEqualTo(401);
        assertThat(server.get("/api/v1/users").body()).doesNotContain("\"" + name + "\"");
        assertThat(server.send(server.asAdmin("/api/v1/users/" + name).DELETE().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void only_admins_disable_or_delete_and_never_themselves_or_the_last_admin() {
        String operator = user("OPERATOR");
        String admin = user("ADMIN");
        HttpResponse<String> byOperator = server.send(server.as(operator, "first-password-1",
                "/api/v1/users/" + admin).DELETE().build());
        assertThat(byOperator.statusCode()).isEqualTo(403);
        HttpResponse<String> self = server.send(server.as(admin, "first-password-1", "/api/v1/users/" + admin)
                .DELETE().build());
        assertThat(self.statusCode()).as(self.body()).isEqualTo(409);
        assertThat(self.body()).contains("yourself");
        // a token names no user: with the new admin disabled, "admin" is the last enabled admin it could remove
        String token = server.post("/api/v1/tokens", "{\"name\":\"remover\",\"role\":\"ADMIN\"}").body()
                .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertThat(status(admin, true).statusCode()).isEqualTo(200);
        HttpResponse<String> last = server.send(HttpRequest.newBuilder(server.uri("/api/v1/users/admin"))
                .header("Authorization", "Bearer " + token).DELETE().build());
        assertThat(last.statusCode()).as(last.body()).isEqualTo(409);
        assertThat(last.body()).contains("last enabled admin");
        assertThat(status(admin, false).statusCode()).isEqualTo(200);
    }

    @Test
    void a_revoked_token_ends_its_streams() throws Exception {
        HttpResponse<String> issued = server.post("/api/v1/tokens", "{\"name\":\"streamer\",\"role\":\"VIEWER\"}");
        String token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String id = issued.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        try (EventStream stream = stream(HttpRequest.newBuilder(server.uri("/api/v1/events"))
                .header("Authorization", "Bearer " + token))) {
            assertThat(server.send(server.asAdmin("/api/v1/tokens/" + id).DELETE().build()).statusCode())
                    .isEqualTo(204);
            assertThat(stream.ended(WAIT)).isTrue();
        }
    }

    @Test
    void sixteen_basic_requests_arriving_together_cost_one_bcrypt() throws Exception {
        String name = user("VIEWER");
        VerifiedLogins logins = server.bean(VerifiedLogins.class);
        long before = logins.passwordChecks();
        List<Thread> callers = new java.util.ArrayList<>();
        AtomicInteger ok = new AtomicInteger();
        for (int i = 0; i < 16; i++) {
            callers.add(Thread.ofVirtual().start(() -> {
                if (basic(name, "first-password-1").statusCode() == 200) {
                    ok.incrementAndGet();
                }
            }));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        assertThat(ok).hasValue(16);
        assertThat(logins.passwordChecks() - before).isEqualTo(1);
    }

    @Test
    void basic_is_checked_against_the_hash_once_then_remembered() {
        String name = user("VIEWER");
        VerifiedLogins logins = server.bean(VerifiedLogins.class);
        long before = logins.passwordChecks();
        for (int i = 0; i < 20; i++) {
            assertThat(basic(name, "first-password-1").statusCode()).isEqualTo(200);
        }
        long checks = logins.passwordChecks() - before;
        System.out.println("PROOF basic cache: 20 Basic requests, " + checks + " bcrypt check(s)");
        assertThat(checks).isEqualTo(1);
        assertThat(basic(name, "wrong-password-9").statusCode()).isEqualTo(401);

        // a figure for the record, not an assertion: medians of 300 sequential calls each way, taken in turns
        String token = server.post("/api/v1/tokens", "{\"name\":\"timing\",\"role\":\"VIEWER\"}").body()
                .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        long[] basic = new long[300];
        long[] bearer = new long[300];
        for (int i = 0; i < basic.length; i++) {
            basic[i] = micros(() -> basic(name, "first-password-1"));
            bearer[i] = micros(() -> server.send(HttpRequest.newBuilder(server.uri("/api/v1/connections"))
                    .header("Authorization", "Bearer " + token).GET().build()));
        }
        java.util.Arrays.sort(basic);
        java.util.Arrays.sort(bearer);
        System.out.printf("PROOF basic vs bearer: median of 300 GET /api/v1/connections each, in turns: Basic %d µs,"
                + " bearer %d µs (%.2fx)%n", basic[150], bearer[150], (double) basic[150] / bearer[150]);
    }

    private static long micros(java.util.function.Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        assertThat(call.get().statusCode()).isEqualTo(200);
        return (System.nanoTime() - start) / 1000;
    }

    private static String user(String role) {
        String name = "life-" + NAMES.incrementAndGet();
        HttpResponse<String> created = server.post("/api/v1/users", "{\"username\":\"" + name
                + "\",\"password\":\"first-password-1\",\"role\":\"" + role + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name;
    }

    private static HttpResponse<String> status(String name, boolean disabled) {
        return server.send(server.asAdmin("/api/v1/users/" + name + "/status").header("Content-Type",
                "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"disabled\":" + disabled + "}")).build());
    }

    /** Logs in through the form; answers the session cookie. */
    private static String login(String name, String password) {
        HttpResponse<String> login = server.send(HttpRequest.newBuilder(server.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build());
        assertThat(login.statusCode()).isEqualTo(302);
        List<String> cookies = login.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow();
    }

    private static HttpResponse<String> withSession(String cookie) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/connections")).header("Cookie", cookie)
                .header("Accept", "application/json").GET().build());
    }

    private static HttpResponse<String> basic(String name, String password) {
        return server.send(server.as(name, password, "/api/v1/connections").GET().build());
    }

    private static EventStream stream(HttpRequest.Builder request) throws InterruptedException {
        EventStream stream = new EventStream(server, request);
        assertThat(stream.status).isEqualTo(200);
        stream.awaitSubscribed();
        return stream;
    }
}
