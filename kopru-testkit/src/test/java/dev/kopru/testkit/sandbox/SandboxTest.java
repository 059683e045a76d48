package dev.kopru.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxTest {

    private CounterApp app;
    private Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        app = new CounterApp();
        long started = System.nanoTime();
        sandbox = Sandbox.start(app, 0);
        System.out.printf("sandbox kit started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void starts_on_an_ephemeral_loopback_port_and_serves_the_vendor_paths() throws Exception {
        assertThat(sandbox.port()).isPositive();
        assertThat(sandbox.baseUri()).hasToString("http://127.0.0.1:" + sandbox.port());
        HttpResponse<String> response = get("/Ping");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"pong\":true}");
    }

    @Test
    void matches_paths_case_insensitively() throws Exception {
        assertThat(get("/pInG").statusCode()).isEqualTo(200);
        assertThat(get("/_SANDBOX/state").statusCode()).isEqualTo(200);
    }

    @Test
    void closing_releases_the_app_and_a_second_close_is_harmless() {
        sandbox.close();
        sandbox.close();
        assertThat(app.closed).isTrue();
        sandbox = Sandbox.start(new CounterApp(), 0);
    }

    @Test
    void admin_state_shows_the_app_state_and_reset_restores_it() throws Exception {
        post("/Items", "{\"name\":\"a\"}");
        JsonNode state = json(get("/_sandbox/state"));
        assertThat(state.get("vendor").asText()).isEqualTo("counter");
        assertThat(state.get("state").get("items").asInt()).isEqualTo(1);

        assertThat(send("POST", "/_sandbox/reset", "").statusCode()).isEqualTo(200);
        assertThat(json(get("/_sandbox/state")).get("state").get("items").asInt()).isZero();
    }

    @Test
    void journal_lists_vendor_requests_newest_last_but_not_admin_requests() throws Exception {
        get("/Ping");
        post("/Items", "{\"name\":\"a\"}");
        get("/_sandbox/faults");
        get("/NoSuchPath");

        JsonNode all = json(get("/_sandbox/requests"));
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("path").asText()).isEqualTo("/Ping");
        assertThat(all.get(1).get("method").asText()).isEqualTo("POST");
        assertThat(all.get(1).get("body").asText()).isEqualTo("{\"name\":\"a\"}");
        assertThat(all.get(1).get("status").asInt()).isEqualTo(200);
        assertThat(all.get(2).get("status").asInt()).isEqualTo(404);

        JsonNode newest = json(get("/_sandbox/requests?limit=1"));
        assertThat(newest).hasSize(1);
        assertThat(newest.get(0).get("path").asText()).isEqualTo("/NoSuchPath");
        assertThat(get("/_sandbox/requests?limit=x").statusCode()).isEqualTo(400);

        assertThat(send("DELETE", "/_sandbox/requests", null).statusCode()).isEqualTo(204);
        assertThat(sandbox.journal().entries()).isEmpty();
    }

    @Test
    void journals_a_request_whose_handler_throws() throws Exception {
        assertThat(get("/Broken").statusCode()).isEqualTo(500);
        assertThat(sandbox.journal().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(500));
    }

    @Test
    void journal_masks_secret_values_in_request_bodies() throws Exception {
        post("/Items", """
                {"Mikro":{"ApiKey":"K-123","Sifre":"abc","KullaniciKodu":"SRV"},
                 "api_code":"visible","uniq_code":"U-1","access_token":"T","Parola":"P"}""");

        String body = sandbox.journal().entries().get(0).body();
        assertThat(body).doesNotContain("K-123", "\"abc\"", "U-1", "\"T\"", "\"P\"");
        assertThat(body).contains("\"KullaniciKodu\":\"SRV\"", "\"api_code\":\"visible\"", "\"Sifre\":\"****\"");
    }

    @Test
    void faults_round_trip_through_the_admin_api() throws Exception {
        HttpResponse<String> put = send("PUT", "/_sandbox/faults", """
                {"latencyMs":5,"errorRate":0.25,"rateLimit":{"permits":10,"perMs":60000},"sessionTtlMs":1000,
                 "loseNextWrites":2,"dropNextWrites":3,"failNextRequests":4,"failFromNextWrite":5,"seed":7}""");
        assertThat(put.statusCode()).isEqualTo(200);

        JsonNode faults = json(get("/_sandbox/faults"));
        assertThat(faults.get("latencyMs").asLong()).isEqualTo(5);
        assertThat(faults.get("errorRate").asDouble()).isEqualTo(0.25);
        assertThat(faults.get("rateLimit").get("permits").asInt()).isEqualTo(10);
        assertThat(faults.get("sessionTtlMs").asLong()).isEqualTo(1000);
        assertThat(faults.get("loseNextWrites").asInt()).isEqualTo(2);
        assertThat(faults.get("dropNextWrites").asInt()).isEqualTo(3);
        assertThat(faults.get("failNextRequests").asInt()).isEqualTo(4);
        assertThat(faults.get("failFromNextWrite").asInt()).isEqualTo(5);
        assertThat(faults.get("seed").asLong()).isEqualTo(7);
        assertThat(sandbox.faults().sessionTtl()).contains(Duration.ofSeconds(1));

        send("PUT", "/_sandbox/faults", "{\"expireSessions\":true}");
        assertThat(sandbox.faults().sessionGeneration()).isEqualTo(1);

        send("PUT", "/_sandbox/faults", faults.toString());
        send("PUT", "/_sandbox/faults", "{\"clear\":true}");
        JsonNode cleared = json(get("/_sandbox/faults"));
        assertThat(cleared.get("errorRate").asDouble()).isZero();
        assertThat(cleared.get("rateLimit").isNull()).isTrue();
        assertThat(cleared.get("sessionGeneration").asLong()).isEqualTo(1);
    }

    @Test
    void refuses_a_bad_fault_value_naming_the_field_and_changes_nothing() throws Exception {
        HttpResponse<String> bad = send("PUT", "/_sandbox/faults", "{\"latencyMs\":50,\"errorRate\":1.5}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("field").asText()).isEqualTo("errorRate");
        assertThat(json(bad).get("error").asText()).contains("errorRate", "between 0 and 1");
        assertThat(sandbox.faults().latency()).isZero();

        assertThat(json(send("PUT", "/_sandbox/faults", "{\"latencyMs\":-1}")).get("field").asText())
                .isEqualTo("latencyMs");
        assertThat(json(send("PUT", "/_sandbox/faults", "{\"rateLimit\":{\"permits\":0,\"perMs\":10}}"))
                .get("field").asText()).isEqualTo("rateLimit");
        assertThat(json(send("PUT", "/_sandbox/faults", "{\"chaos\":true}")).get("field").asText())
                .isEqualTo("chaos");
        assertThat(send("PUT", "/_sandbox/faults", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void latency_delays_vendor_requests_but_not_admin_requests() throws Exception {
        sandbox.faults().latency(Duration.ofMillis(400));
        long started = System.nanoTime();
        get("/Ping");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void error_rate_answers_500_before_the_handler_runs() throws Exception {
        sandbox.faults().errorRate(1.0);
        HttpResponse<String> response = post("/Items", "{\"name\":\"a\"}");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(app.items).isEmpty();
        assertThat(get("/_sandbox/state").statusCode()).as("admin requests are not hit").isEqualTo(200);
        assertThat(sandbox.journal().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(500);
            assertThat(entry.fault()).isEqualTo("error");
        });
    }

    @Test
    void reset_rate_drops_the_connection_before_the_handler_runs() {
        sandbox.faults().resetRate(1.0);
        assertThatThrownBy(() -> post("/Items", "{\"name\":\"a\"}")).isInstanceOf(IOException.class);
        assertThat(app.items).isEmpty();
        assertThat(sandbox.journal().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.fault()).isEqualTo("reset"));
    }

    @Test
    void rate_limit_refuses_requests_beyond_the_permits_with_retry_after() throws Exception {
        sandbox.faults().rateLimit(2, Duration.ofMinutes(1));
        assertThat(get("/Ping").statusCode()).isEqualTo(200);
        assertThat(get("/Ping").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = get("/Ping");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(app.handled).isEqualTo(2);

        sandbox.faults().noRateLimit();
        assertThat(get("/Ping").statusCode()).isEqualTo(200);
    }

    @Test
    void a_lost_response_write_is_committed_but_the_client_sees_no_answer() throws Exception {
        sandbox.faults().loseNextWrites(1);
        assertThat(get("/Ping").statusCode()).as("reads are not hit").isEqualTo(200);

        assertThatThrownBy(() -> post("/Items", "{\"name\":\"lost\"}")).isInstanceOf(IOException.class);
        assertThat(app.items).containsExactly("{\"name\":\"lost\"}");
        assertThat(sandbox.journal().entries()).last()
                .satisfies(entry -> assertThat(entry.fault()).isEqualTo("lost-response"));

        assertThat(post("/Items", "{\"name\":\"kept\"}").statusCode()).as("only the next write").isEqualTo(200);
        assertThat(app.items).hasSize(2);
    }

    @Test
    void a_dropped_write_is_not_applied_and_the_client_sees_no_answer() throws Exception {
        sandbox.faults().dropNextWrites(1);
        assertThat(get("/Ping").statusCode()).as("reads are not hit").isEqualTo(200);

        assertThatThrownBy(() -> post("/Items", "{\"name\":\"dropped\"}")).isInstanceOf(IOException.class);
        assertThat(app.items).isEmpty();
        assertThat(sandbox.journal().entries()).last()
                .satisfies(entry -> assertThat(entry.fault()).isEqualTo("reset"));

        assertThat(post("/Items", "{\"name\":\"kept\"}").statusCode()).as("only the next write").isEqualTo(200);
        assertThat(app.items).containsExactly("{\"name\":\"kept\"}");
    }

    @Test
    void the_next_requests_fail_and_then_pass() throws Exception {
        sandbox.faults().failNextRequests(2);
        assertThat(get("/Ping").statusCode()).isEqualTo(500);
        assertThat(post("/Items", "{}").statusCode()).isEqualTo(500);
        assertThat(app.items).isEmpty();
        assertThat(get("/Ping").statusCode()).isEqualTo(200);
    }

    @Test
    void an_outage_from_the_next_write_fails_it_and_the_requests_after_it() throws Exception {
        sandbox.faults().failFromNextWrite(2);
        assertThat(get("/Ping").statusCode()).as("reads before the write pass").isEqualTo(200);
        assertThat(post("/Items", "{}").statusCode()).isEqualTo(500);
        assertThat(get("/Ping").statusCode()).as("a read after it fails").isEqualTo(500);
        assertThat(app.items).isEmpty();
        assertThat(get("/Ping").statusCode()).as("over after two").isEqualTo(200);
        assertThat(post("/Items", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void lose_response_rate_hits_writes_only() throws Exception {
        sandbox.faults().loseResponseRate(1.0);
        assertThat(get("/Items").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> post("/Items", "{}")).isInstanceOf(IOException.class);
        assertThat(app.items).hasSize(1);
    }

    @Test
    void a_seed_makes_random_faults_repeat() throws Exception {
        String first = errorPattern(42);
        String second = errorPattern(42);
        assertThat(first).isEqualTo(second).contains("500").contains("200");
    }

    private String errorPattern(long seed) throws Exception {
        sandbox.faults().clear().seed(seed).errorRate(0.5);
        StringBuilder statuses = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            statuses.append(get("/Ping").statusCode()).append(' ');
        }
        return statuses.toString();
    }

    @Test
    void session_knobs_are_readable_by_apps() {
        assertThat(sandbox.faults().sessionTtl()).isEmpty();
        long before = sandbox.faults().sessionGeneration();
        sandbox.faults().expireSessions();
        assertThat(sandbox.faults().sessionGeneration()).isEqualTo(before + 1);
        sandbox.faults().sessionTtl(Duration.ofSeconds(3));
        assertThat(sandbox.faults().sessionTtl()).contains(Duration.ofSeconds(3));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return SandboxJson.parse(response.body());
    }
}
