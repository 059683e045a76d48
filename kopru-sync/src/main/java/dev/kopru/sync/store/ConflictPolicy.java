package dev.kopru.sync.store;

import dev.kopru.sync.mapping.PipelineOptions;
import java.util.Objects;

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

    /**
     * The policy in the options of a pipeline that keeps one entity in step (a two-way pipeline has no mapping);
     * DEAD_LETTER (nobody's data is overwritten) when none is set.
     */
    public static ConflictPolicy fromOptions(String optionsJson) {
        return PipelineOptions.read(null, null, optionsJson).run().conflicts();
    }

    public String toOptions() {
        return "{\"conflictPolicy\":\"" + rule + "\"}";
    }
}
