package dev.kopru.server.runs;

import dev.kopru.server.app.ItemPage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A run's lines from the server's JSON log file (every line on the run's thread carries its {@code runId}): the
 * current file only, the last {@link #MAX} of them, read on request.
 */
@Component
class RunLogLines {

    static final int MAX = 500;

    /** One log line: when, how severe, from where, what, and the record it was about (when there was one). */
    record LogLine(Instant at, String level, String logger, String message, String recordKey) {
    }

    private final Path file;
    private final ObjectMapper json;

    RunLogLines(Environment environment, ObjectMapper json) {
        String name = environment.getProperty("logging.file.name");
        this.file = name == null ? null : Path.of(name);
        this.json = json;
    }

    ItemPage<LogLine> of(long runId) {
        Deque<LogLine> lines = new ArrayDeque<>();
        if (file == null) {
            return ItemPage.of(lines.stream().toList());
        }
        // most lines are not the run's: a text match first, the JSON parse only for those that may be
        String marker = "\"runId\":\"" + runId + "\"";
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.contains(marker)) {
                    JsonNode node = json.readTree(line);
                    lines.addLast(new LogLine(Instant.parse(node.path("@timestamp").asString()),
                            node.at("/log/level").asString(), node.at("/log/logger").asString(),
                            node.path("message").asString(), node.hasNonNull("recordKey")
                            ? node.get("recordKey").asString() : null));
                    if (lines.size() > MAX) {
                        lines.removeFirst();
                    }
                }
            }
        } catch (NoSuchFileException e) {
            // no log file yet: no lines
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log file " + file, e);
        }
        return ItemPage.of(lines.stream().toList());
    }
}
