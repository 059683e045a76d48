package dev.kopru.testkit.vendor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for a vendor's server in client tests: a real HTTP server on 127.0.0.1 that answers with scripted
 * replies, in order (the last one repeats), and records every request it received. Requests are served in parallel,
 * so a delayed reply does not hold back the next call.
 */
public final class VendorDouble implements AutoCloseable {

    /** One scripted answer; {@code delayMillis} holds it back, e.g. to make a client time out. */
    public record Reply(int status, String body, Map<String, String> headers, long delayMillis) {
        public static Reply json(int status, String body) {
            return new Reply(status, body, Map.of(), 0);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, body, Map.copyOf(more), delayMillis);
        }

        public Reply delayedBy(long millis) {
            return new Reply(status, body, headers, millis);
        }
    }

    /** One request as it arrived; {@code arrivedNanos} is {@link System#nanoTime()} on arrival. */
    public record Received(String method, String rawPath, String path, String body, long arrivedNanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Reply> replies = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public VendorDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A started double that plays {@code script}. */
    public static VendorDouble replying(Reply... script) throws IOException {
        VendorDouble vendor = new VendorDouble();
        vendor.replies.addAll(List.of(script));
        return vendor;
    }

    /** {@code http://127.0.0.1:port}, without a trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request so far, in the order they arrived. */
    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The one request received; fails the test if there were none or more. */
    public Received only() {
        if (received.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + received.size());
        }
        return received.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getPath(), body, System.nanoTime()));
        Reply reply = replies.size() > 1 ? replies.poll() : replies.peek();
        if (reply == null) {
            reply = Reply.json(500, "{}");
        }
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out first; that is what some tests want
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
