package dev.kopru.sync.write;

import dev.kopru.core.model.CanonicalRecord;
import java.util.Objects;

/**
 * Which direction of a pipeline a writer serves. One-way pipelines have one direction and store links under the
 * source record's key as it is. A two-way pipeline has two, A → B and B → A, sharing the pipeline's links table:
 * each direction's links are keyed by its side's prefix ({@code "A:"} or {@code "B:"}), and every link committed
 * in one direction commits its mirror (the target record linked back to the source record, with the same content
 * hash) in the same transaction. That mirror is what suppresses echoes: when our write is read back from the
 * other side, the other direction finds a link whose hash equals the record's and skips it.
 *
 * @param prefix       put before the source key of every link, intent and dead letter of this direction
 * @param mirrorPrefix the other direction's prefix, or null when there is no other direction
 */
public record Lane(String prefix, String mirrorPrefix) {

    public static final Lane ONE_WAY = new Lane("", null);
    public static final Lane A_TO_B = new Lane("A:", "B:");
    public static final Lane B_TO_A = new Lane("B:", "A:");

    public Lane {
        Objects.requireNonNull(prefix, "prefix");
    }

    public String linkKey(CanonicalRecord record) {
        return prefix + RecordKeys.keyOf(record);
    }
}
