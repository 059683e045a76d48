package dev.kopru.connector.kit.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A corpus file beside the tests: one statement per entry, entries separated by a blank line, {@code ##} lines are
 * notes, and {@code {CR}}, {@code {LF}}, … stand for characters a text file does not show.
 */
final class Corpus {

    private static final Map<String, String> CHARACTERS = Map.of("{CR}", "\r", "{LF}", "\n", "{TAB}", "\t",
            "{NUL}", "\u0000", "{VT}", "\u000B", "{FF}", "\f", "{NEL}", "\u0085", "{LS}", "\u2028");

    private Corpus() {
    }

    static List<String> read(String resource) {
        String text;
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no corpus " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> entries = new ArrayList<>();
        StringBuilder entry = new StringBuilder();
        for (String line : (text + "\n\n").split("\n", -1)) {
            if (line.startsWith("##")) {
                continue;
            }
            if (line.isBlank()) {
                if (!entry.isEmpty()) {
                    entries.add(expand(entry.substring(0, entry.length() - 1)));
                    entry.setLength(0);
                }
                continue;
            }
            entry.append(line).append('\n');
        }
        return entries;
    }

    private static String expand(String entry) {
        String out = entry;
        for (Map.Entry<String, String> character : CHARACTERS.entrySet()) {
            out = out.replace(character.getKey(), character.getValue());
        }
        return out;
    }

    /** The entry on one line, shortened, for a test's name. */
    static String name(String entry) {
        String line = entry.replace("\r", "{CR}").replace("\n", "{LF}").replace("\u0000", "{NUL}");
        return line.length() <= 100 ? line : line.substring(0, 97) + "...";
    }
}
