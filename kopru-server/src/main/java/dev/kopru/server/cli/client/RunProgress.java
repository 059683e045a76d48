package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * A run's live progress in the terminal, from the server's events: one line redrawn in place with the counts,
 * ended by the run's outcome. With --json, every event is printed as one JSON line instead.
 */
final class RunProgress {

    private final PrintWriter out;
    private final boolean json;

    RunProgress(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** Follows {@code eventsPath} until a run ends; {@code onOpen} runs once the stream is open. */
    void follow(ApiClient client, String eventsPath, Runnable onOpen) {
        client.events(eventsPath, onOpen, (event, data) -> {
            if (json) {
                out.println(data.isObject() ? ((ObjectNode) data.deepCopy()).put("event", event) : data);
                out.flush();
            } else if ("progress".equals(event)) {
                out.print("\r" + line(data));
                out.flush();
            } else if ("finished".equals(event)) {
                out.println("\r" + line(data) + "  " + ApiCommand.text(data, "state")
                        + (data.hasNonNull("error") ? ": " + ApiCommand.text(data, "error") : ""));
                out.flush();
            }
            return !"finished".equals(event);
        });
    }

    static String line(JsonNode event) {
        JsonNode c = event.path("counts");
        long read = c.path("read").asLong();
        long done = c.path("written").asLong() + c.path("skipped").asLong() + c.path("failed").asLong();
        int filled = read == 0 ? 0 : (int) Math.min(20, done * 20 / read);
        return "run " + ApiCommand.text(event, "runId") + " [" + "#".repeat(filled) + " ".repeat(20 - filled) + "] read "
                + read + "  written " + c.path("written").asLong() + "  skipped " + c.path("skipped").asLong()
                + "  failed " + c.path("failed").asLong() + "  in doubt " + c.path("inDoubt").asLong()
                + "  throttled " + c.path("throttledMs").asLong() + " ms";
    }
}
