package dev.kopru.sync.store;

import dev.kopru.core.input.InvalidInputException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a two-way pipeline does when a record changed on both sides since the link's last synced content hash.
 * Side A is the pipeline's source connection, side B its target connection. Immutable; stored in the pipeline's
 * options as {@code {"conflictPolicy":"NEWEST_WINS"}}.
 */
public record ConflictPolicy(Rule rule) {

    public enum Rule {
        /** A's version is written to B. */
        SOURCE_WINS,
        /** B's version is written to A. */
        TARGET_WINS,
        /** The version with the later {@code changedAt} wins; a tie (Mikro dates have day resolution) → A. */
        NEWEST_WINS,
        /** Nothing is written; one dead letter holds both versions for a person to decide. */
        DEAD_LETTER
    }

    private static final Pattern OPTION = Pattern.compile("\"conflictPolicy\"\\s*:\\s*\"([A-Z_]*)\"");

    public ConflictPolicy {
        Objects.requireNonNull(rule, "conflictPolicy");
    }

    public static ConflictPolicy sourceWins() {
        return new ConflictPolicy(Rule.SOURCE_WINS);
    }

    public static ConflictPolicy targetWins() {
        return new ConflictPolicy(Rule.TARGET_WINS);
    }

    public static ConflictPolicy newestWins() {
        return new ConflictPolicy(Rule.NEWEST_WINS);
    }

    public static ConflictPolicy deadLetter() {
        return new ConflictPolicy(Rule.DEAD_LETTER);
    }

    /** The policy in a pipeline's options; DEAD_LETTER (nobody's data is overwritten) when none is set. */
    public static ConflictPolicy fromOptions(String optionsJson) {
        Matcher m = OPTION.matcher(optionsJson == null ? "" : optionsJson);
        if (!m.find()) {
            return deadLetter();
        }
        try {
            return new ConflictPolicy(Rule.valueOf(m.group(1)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("conflictPolicy", "must be one of SOURCE_WINS, TARGET_WINS, NEWEST_WINS,"
                    + " DEAD_LETTER, was '" + m.group(1) + "'");
        }
    }

    public String toOptions() {
        return "{\"conflictPolicy\":\"" + rule + "\"}";
    }
}
