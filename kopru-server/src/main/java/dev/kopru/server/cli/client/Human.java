package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Values as a person reads them in a table: outcomes in words, durations and times relative to now. */
final class Human {

    private static final Clock CLOCK = Clock.systemUTC();

    private Human() {
    }

    /** A run's outcome in words: "succeeded with failures", falling back to its state for an older server. */
    static String outcome(JsonNode run) {
        String outcome = ApiCommand.text(run, "outcome");
        return (outcome.isEmpty() ? ApiCommand.text(run, "state") : outcome).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** 850 ms, 4.2 s, 3 min 20 s, 2 h 5 min. */
    static String duration(long ms) {
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long min = ms / 60_000;
        return min < 60 ? min + " min " + (ms % 60_000) / 1000 + " s" : min / 60 + " h " + min % 60 + " min";
    }

    /** An ISO instant as "12 s ago", "5 min ago", "3 h ago", "2 d ago"; as given when it is not one. */
    static String ago(String iso) {
        if (iso == null || iso.isEmpty()) {
            return "";
        }
        try {
            long s = Math.max(0, Duration.between(Instant.parse(iso), CLOCK.instant()).toSeconds());
            return s < 60 ? s + " s ago" : s < 3600 ? s / 60 + " min ago" : s < 86_400 ? s / 3600 + " h ago"
                    : s / 86_400 + " d ago";
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A pipeline's health with what waits: "attention: 3 dead letters, 1 in doubt". */
    static String health(JsonNode pipeline) {
        String health = ApiCommand.text(pipeline, "health").toLowerCase(Locale.ROOT);
        long dead = pipeline.path("openDeadLetters").asLong();
        long doubt = pipeline.path("inDoubt").asLong();
        String waiting = (dead > 0 ? dead + " dead letters" : "") + (dead > 0 && doubt > 0 ? ", " : "")
                + (doubt > 0 ? doubt + " in doubt" : "");
        return waiting.isEmpty() ? health : health + ": " + waiting;
    }
}
