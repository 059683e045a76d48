package dev.kopru.connector.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpServer;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VendorHttpTest {

    enum Op implements VendorOperation {
        READ(false), WRITE(true);

        private final boolean write;

        Op(boolean write) {
            this.write = write;
        }

        @Override
        public String methodName() {
            return "Demo" + name();
        }

        @Override
        public boolean write() {
            return write;
        }
    }

    /** A vendor whose answers the test scripts: status and body per request, and the requests it received. */
    private HttpServer server;
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());

    private URI serve(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body
                    + (auth == null ? "" : " auth=" + auth));
            Reply reply = handler.reply(received.size(), auth);
            if (reply.delayMillis > 0) {
                try {
                    Thread.sleep(reply.delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    interface Handler {
        Reply reply(int nth, String authorization);
    }

    record Reply(int status, String body, long delayMillis) {
        static Reply of(int status, String body) {
            return new Reply(status, body, 0);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Reads {"ok":true}; anything else is the status's outcome; a body of "expired" means the token expired. */
    private static final EnvelopeReader<JsonNode> READER = (op, response) -> {
        if (response.text().contains("expired")) {
            throw new ConnectorException.AuthExpired(op.methodName(), op.methodName() + ": " + response.text(),
                    response.text());
        }
        if (!response.success()) {
            throw VendorFailures.of("Demo").fromStatus(op, response.status(), response.text(), Duration.ofSeconds(1));
        }
        return JsonNodeFactory.instance.objectNode().put("ok", true);
    };

    private static HttpSettings fast() {
        return HttpSettings.defaults().withRequestTimeout(Duration.ofMillis(300)).withConnectTimeout(Duration.ofSeconds(2));
    }

    @Test
    void a_write_whose_answer_times_out_is_in_doubt_and_sent_once() throws Exception {
        URI url = serve((n, auth) -> new Reply(200, "{}", 1500));
        VendorHttp http = VendorHttp.builder("Demo", url).settings(fast()).build();

        ConnectorException.InDoubt doubt = catchThrowableOfType(ConnectorException.InDoubt.class,
                () -> http.call(Op.WRITE, VendorRequest.post("/save", JsonNodeFactory.instance.objectNode()), READER));

        assertThat(doubt).isNotNull();
        assertThat(doubt.getMessage()).contains("DemoWRITE", "timed out", "look the record up");
        // the request may reach the server's handler after the client gave up on it, or (on a loaded machine) not
        // at all: either way it is in doubt, and it is never sent a second time
        server.stop(2);
        assertThat(received).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void a_read_answered_with_a_server_error_is_transient_and_sent_once() throws Exception {
        URI url = serve((n, auth) -> Reply.of(503, "busy"));
        VendorHttp http = VendorHttp.builder("Demo", url).build();

        assertThat(catchThrowableOfType(ConnectorException.Transient.class,
                () -> http.call(Op.READ, VendorRequest.get("/list"), READER))).isNotNull();
        assertThat(received).hasSize(1);
    }

    @Test
    void a_write_to_a_port_nobody_listens_on_is_transient_because_nothing_was_sent() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        VendorHttp http = VendorHttp.builder("Demo", URI.create("http://127.0.0.1:" + port)).settings(fast()).build();

        ConnectorException.Transient failed = catchThrowableOfType(ConnectorException.Transient.class,
                () -> http.call(Op.WRITE, VendorRequest.post("/save", JsonNodeFactory.instance.objectNode()), READER));

        assertThat(failed).isNotNull();
        assertThat(failed.getMessage()).contains("before anything was sent");
    }

    @Test
    void a_secret_the_vendor_echoes_is_masked_in_the_failure() throws Exception {
        URI url = serve((n, auth) -> Reply.of(400, "wrong key s3cret-api-key for user"));
        VendorHttp http = VendorHttp.builder("Demo", url)
                .authentication(Authentication.signing((op, r) -> r.withHeader("X-Key", "s3cret-api-key"),
                        () -> List.of("s3cret-api-key")))
                .build();

        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> http.call(Op.READ, VendorRequest.get("/list"), READER));

        assertThat(refused.getMessage()).contains("wrong key ****").doesNotContain("s3cret-api-key");
        assertThat(refused.vendorMessage()).hasValueSatisfying(m -> assertThat(m).doesNotContain("s3cret-api-key"));
    }

    @Test
    void an_expired_session_is_renewed_by_one_login_however_many_threads_meet_it() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        // the vendor accepts only the newest token
        URI url = serve((n, auth) -> auth != null && auth.equals("Bearer t" + logins.get()) ? Reply.of(200, "{}")
                : Reply.of(200, "expired"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), java.time.ZoneOffset.UTC);
        SessionAuthentication<String> sessions = new SessionAuthentication<>(new SessionAuthentication.Vendor<>() {
            @Override
            public String login() {
                return "t" + logins.incrementAndGet();
            }

            @Override
            public VendorRequest attach(String token, VendorRequest request) {
                return request.withHeader("Authorization", "Bearer " + token);
            }

            @Override
            public Instant expiresAt(String token) {
                return Instant.MAX;
            }

            @Override
            public List<String> secrets(String token) {
                return List.of(token);
            }
        }, clock, Duration.ofSeconds(30), List::of);
        VendorHttp http = VendorHttp.builder("Demo", url).authentication(sessions).build();
        http.call(Op.READ, VendorRequest.get("/warm"), READER);
        logins.incrementAndGet(); // the vendor forgets token t1: every request now needs a new login

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> http.call(Op.READ, VendorRequest.get("/list"), READER)));
            }
            for (Future<JsonNode> call : calls) {
                assertThat(call.get().path("ok").asBoolean()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sessions.logins()).as("one login at first, one renewal for all eight threads").isEqualTo(2);
    }

    @Test
    void a_refused_login_is_not_renewed() throws Exception {
        URI url = serve((n, auth) -> Reply.of(401, "no such user"));
        VendorHttp http = VendorHttp.builder("Demo", url).build();

        assertThat(catchThrowableOfType(ConnectorException.AuthRejected.class,
                () -> http.call(Op.READ, VendorRequest.get("/list"), READER))).isNotNull();
        assertThat(received).hasSize(1);
    }

    @Test
    void sends_form_fields_and_query_parameters_encoded() throws Exception {
        URI url = serve((n, auth) -> Reply.of(200, "{}"));
        VendorHttp http = VendorHttp.builder("Demo", url).build();

        http.call(Op.READ, VendorRequest.postForm("/cari_list/code", java.util.Map.of("uniq_code", "a b&c"))
                .withQuery("q", "ş=1"), READER);

        assertThat(received).singleElement().asString()
                .isEqualTo("POST /cari_list/code?q=%C5%9F%3D1 uniq_code=a+b%26c");
    }

    @Test
    void sends_multipart_form_fields_in_utf8() throws Exception {
        URI url = serve((n, auth) -> Reply.of(200, "{}"));
        VendorHttp http = VendorHttp.builder("Demo", url).build();

        http.call(Op.READ, VendorRequest.postMultipart("/cari_list/code", java.util.Map.of("uniq_code", "a b&ç")),
                READER);

        assertThat(received).singleElement().asString().startsWith("POST /cari_list/code --kopru-")
                .contains("Content-Disposition: form-data; name=\"uniq_code\"\r\n\r\na b&ç\r\n--kopru-");
    }
}
