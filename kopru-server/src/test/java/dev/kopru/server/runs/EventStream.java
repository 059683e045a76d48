package dev.kopru.server.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.server.app.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A server-sent event stream read with the JDK client: events arrive in a queue, read on a thread of their own. */
public final class EventStream implements AutoCloseable {

    public record Event(String name, JsonNode data) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Event END = new Event("(end of stream)", null);

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    public final int status;

    public EventStream(TestServer server, String path) {
        this(server, server.asAdmin(path));
    }

    /** A stream opened by {@code request} (its login, its path). */
    public EventStream(TestServer server, HttpRequest.Builder request) {
        this(server.http(), request.header("Accept", "text/event-stream").GET().build());
    }

    private EventStream(java.net.http.HttpClient http, HttpRequest request) {
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            status = response.statusCode();
            lines = response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Thread.ofVirtual().start(this::read);
    }

    private void read() {
        String name = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith(":")) {
                    comments.add(line.substring(1));
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                } else if (line.isEmpty() && name != null) {
                    events.add(new Event(name, JSON.readTree(data.toString())));
                    name = null;
                    data.setLength(0);
                }
            }
        } catch (Exception e) {
            // closed by the test
        } finally {
            events.add(END);
        }
    }

    /** Waits (bounded) for the server's first comment: from then on no event is missed. */
    public void awaitSubscribed() throws InterruptedException {
        String first = comments.poll(20, TimeUnit.SECONDS);
        if (first == null || !first.contains("subscribed")) {
            throw new AssertionError("no subscription comment, got " + first);
        }
    }

    /** The next event, waiting at most {@code wait}; fails when none comes. */
    public Event next(Duration wait) throws InterruptedException {
        Event event = events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null || event == END) {
            throw new AssertionError("no event within " + wait + (event == END ? ": the stream ended" : ""));
        }
        return event;
    }

    /** Whether the server ended the stream within {@code wait} (events before the end are skipped). */
    public boolean ended(Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        Event event;
        do {
            event = events.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
        } while (event != null && event != END);
        return event == END;
    }

    @Override
    public void close() {
        lines.close();
    }
}
