package dev.kopru.core.connector;

import java.time.Instant;
import java.util.Optional;

/**
 * Positions in time of a read by change date ({@link CursorKind#CHANGE_DATE_AND_KEY}), offered through
 * {@link Connector#capability(Class)}: callers set a read's start from a date, or move a committed cursor back, through
 * the connector that issued the cursor, and never decode it themselves.
 */
public interface ChangePositions extends LocalCapability {

    /** A cursor from which a read of {@code entity} returns every record changed at or after {@code from}. */
    Cursor at(Entity<?> entity, Instant from);

    /**
     * The change time that {@code cursor}, issued by a read of {@code entity}, stands at; empty when it stands at no
     * change time (a cursor this connector did not issue, or one of a read that has no change date).
     */
    Optional<Instant> changedAt(Entity<?> entity, Cursor cursor);
}
