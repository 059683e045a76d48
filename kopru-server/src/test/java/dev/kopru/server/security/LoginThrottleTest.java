package dev.kopru.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.server.app.TestServer;
import dev.kopru.testkit.time.SettableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LoginThrottle.Policy THREE_FREE = new LoginThrottle.Policy(3, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofHours(1));

    private final SettableClock clock = new SettableClock(LocalDateTime.of(2026, 12, 4, 10, 0), ZoneOffset.UTC);
    private final LoginThrottle throttle = new LoginThrottle(clock, THREE_FREE,
            new LoginThrottle.Policy(6, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1)));

    @Test
    void the_free_failures_pass_then_the_wait_doubles_with_each_failure_up_to_the_cap() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("vera", "10.0.0.1");
        }
        assertThat(throttle.wait("vera", "10.0.0.1")).isEmpty();

        throttle.failed("vera", "10.0.0.1");
        assertThat(throttle.wait("vera", "10.0.0.1")).contains(Duration.ofSeconds(1));
        throttle.failed("vera", "10.0.0.1");
        assertThat(throttle.wait("VERA", "10.0.0.2")).as("user names in any case").contains(Duration.ofSeconds(2));
        throttle.failed("vera", "10.0.0.1");
        assertThat(throttle.wait("vera", null)).contains(Duration.ofSeconds(4));
        for (int i = 0; i < 20; i++) {
            throttle.failed("vera", "10.0.0.1");
        }
        assertThat(throttle.wait("vera", null)).contains(Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.wait("vera", null)).isEmpty();
    }

    @Test
    void an_address_guessing_many_users_is_blocked_for_every_user() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }

        assertThat(throttle.wait("someone-else", "10.0.0.9")).contains(Duration.ofSeconds(1));
        assertThat(throttle.wait("someone-else", "10.0.0.10")).isEmpty();
    }

    @Test
    void a_success_forgets_the_users_failures_and_an_hour_without_one_forgets_them_too() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("otto", null);
        }
        throttle.succeeded("otto");
        throttle.failed("otto", null);
        assertThat(throttle.wait("otto", null)).as("counted from zero again").isEmpty();

        throttle.failed("pia", null);
        throttle.failed("pia", null);
        throttle.failed("pia", null);
        clock.advance(Duration.ofHours(2));
        throttle.failed("pia", null);
        assertThat(throttle.wait("pia", null)).isEqualTo(Optional.empty());
    }

    @Test
    void a_blocked_user_gets_429_with_retry_after_even_with_the_right_password() {
        try (TestServer server = TestServer.start()) {
            server.post("/api/v1/users", "{\"username\":\"lena\",\"password\":\"lena-password\",\"role\":\"VIEWER\"}");
            for (int i = 0; i < 12; i++) {
                var wrong = server.send(server.as("lena", "guess-" + i, "/api/v1/connections").GET().build());
                assertThat(wrong.statusCode()).as("attempt " + i).isIn(401, 429);
            }

            var right = server.send(server.as("lena", "lena-password", "/api/v1/connections").GET().build());
            var formLogin = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=Lena&password=lena-password"))
                    .build());
            var otherUser = server.get("/api/v1/connections");

            assertThat(right.statusCode()).isEqualTo(429);
            assertThat(right.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow())).isPositive();
            assertThat(formLogin.statusCode()).isEqualTo(429);
            assertThat(otherUser.statusCode()).as("another user from the same address").isEqualTo(200);
        }
    }
}
