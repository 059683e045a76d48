package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * A run's live progress from the server's events: on a terminal one line redrawn in place with the counts, elsewhere
 * (a pipe, a log file) one line per event; ended by the run's outcome. With --json, every event is printed as one
 * JSON line instead.
 */
final class RunProgress {

    private final PrintWriter out;
    private final boolean json;
    private final boolean terminal;

    RunProgress(PrintWriter out, boolean json) {
        this(out, json, onTerminal());
    }

    RunProgress(PrintWriter out, boolean json, boolean terminal) {
        this.out = out;
        this.json = json;
        this.terminal = terminal;
    }

    /**
     * Follows {@code eventsPath} until a run ends; {@code onOpen} runs once the stream is open. Returns the
     * {@code finished} event (missing when the stream ended first).
     */
    JsonNode follow(ApiClient client, String eventsPath, Runnable onOpen) {
        JsonNode[] finished = {com.fasterxml.jackson.databind.node.MissingNode.getInstance()};
        client.events(eventsPath, onOpen, (event, data) -> {
            if (json) {
                out.println(data.isObject() ? ((ObjectNode) data.deepCopy()).put("event", event) : data);
            } else if ("progress".equals(event) || "activity".equals(event) && terminal) {
                // within a page (activity) only on a terminal, where the line is redrawn rather than added
                out.print(terminal ? "\r" + line(data) + "  " : line(data) + System.lineSeparator());
            } else if ("finished".equals(event)) {
                out.println((terminal ? "\r" : "") + line(data) + "  " + Human.outcome(data)
                        + (data.hasNonNull("error") ? ": " + ApiCommand.text(data, "error") : ""));
            }
            out.flush();
            if ("finished".equals(event)) {
                finished[0] = data;
            }
            return !"finished".equals(event);
        });
        return finished[0];
    }

    /** Exit code 3 when the run left records dead-lettered or in doubt, 4 when it failed or was abandoned. */
    static void exitWith(JsonNode finished) {
        String outcome = ApiCommand.text(finished, "outcome");
        if (outcome.isEmpty() || outcome.equals("SUCCEEDED")) {
            return;
        }
        throw new ApiCommand.Exit(outcome.equals("SUCCEEDED_WITH_FAILURES") ? 3 : 4);
    }

    /**
     * Whether standard output is a terminal (where a line can be redrawn): the launcher says so ({@code [ -t 1 ]}),
     * since Java 22 and later give {@code System.console()} to redirected streams too.
     */
    private static boolean onTerminal() {
        return Boolean.getBoolean("kopru.terminal");
    }

    static String line(JsonNode event) {
        JsonNode c = event.path("counts");
        long read = c.path("read").asLong();
        long done = c.path("written").asLong() + c.path("skipped").asLong() + c.path("failed").asLong();
        int filled = read == 0 ? 0 : (int) Math.min(20, done * 20 / read);
        return Human.say("progress", ApiCommand.text(event, "runId"), "#".repeat(filled) + " ".repeat(20 - filled),
                Long.toString(read), Long.toString(c.path("written").asLong()), Long.toString(c.path("skipped").asLong()),
                Long.toString(c.path("failed").asLong()), Long.toString(c.path("inDoubt").asLong()),
                Human.duration(c.path("throttledMs").asLong()))
                + (event.has("elapsedMs") ? "  " + Human.say("elapsed", Human.duration(event.path("elapsedMs").asLong()))
                : "");
    }
}
