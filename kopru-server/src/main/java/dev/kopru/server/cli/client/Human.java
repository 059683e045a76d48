package dev.kopru.server.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Values as a person reads them in a table, in the user's language (Turkish when the locale is, else English):
 * outcomes and states in words, durations and times relative to now.
 */
final class Human {

    private static final Clock CLOCK = Clock.systemUTC();
    /** English is the base bundle; no fallback to the JVM's default locale when the user's language has none. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Human() {
    }

    /** The text for {@code key} in the user's language with {@code args} filled in; the key itself when it has none. */
    static String say(String key, Object... args) {
        Locale locale = Locale.getDefault(Locale.Category.DISPLAY);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("dev.kopru.server.cli.client.words", locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A run's outcome in words: "succeeded with failures", falling back to its state for an older server. */
    static String outcome(JsonNode run) {
        String outcome = ApiCommand.text(run, "outcome");
        return word("outcome.", outcome.isEmpty() ? ApiCommand.text(run, "state") : outcome);
    }

    /** {@code prefix + value} in words, or the value in lower case with spaces when there is no word for it. */
    static String word(String prefix, String value) {
        String said = say(prefix + value);
        return said.equals(prefix + value) ? value.toLowerCase(Locale.ROOT).replace('_', ' ') : said;
    }

    /** 850 ms, 4.2 s, 3 min 20 s, 2 h 5 min (Turkish: sn, dk, sa). */
    static String duration(long ms) {
        if (ms < 1000) {
            return say("ms", Long.toString(ms));
        }
        if (ms < 60_000) {
            return say("s", String.format(Locale.getDefault(Locale.Category.FORMAT), "%.1f", ms / 1000.0));
        }
        long min = ms / 60_000;
        return min < 60 ? say("min.s", Long.toString(min), Long.toString(ms % 60_000 / 1000))
                : say("h.min", Long.toString(min / 60), Long.toString(min % 60));
    }

    /** An ISO instant as "12 s ago", "5 min ago", "3 h ago", "2 d ago" ("5 dk önce"); as given when it is not one. */
    static String ago(String iso) {
        if (iso == null || iso.isEmpty()) {
            return "";
        }
        try {
            long s = Math.max(0, Duration.between(Instant.parse(iso), CLOCK.instant()).toSeconds());
            return say("ago", s < 60 ? say("s", Long.toString(s)) : s < 3600 ? say("min", Long.toString(s / 60))
                    : s < 86_400 ? say("h", Long.toString(s / 3600)) : say("d", Long.toString(s / 86_400)));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A pipeline's health with what waits: "needs attention: 3 dead letters, 1 in doubt". */
    static String health(JsonNode pipeline) {
        String health = word("health.", ApiCommand.text(pipeline, "health"));
        long dead = pipeline.path("openDeadLetters").asLong();
        long doubt = pipeline.path("inDoubt").asLong();
        String waiting = (dead > 0 ? say("dead.letters", Long.toString(dead)) : "") + (dead > 0 && doubt > 0 ? ", " : "")
                + (doubt > 0 ? say("in.doubt", Long.toString(doubt)) : "");
        return waiting.isEmpty() ? health : health + ": " + waiting;
    }
}
