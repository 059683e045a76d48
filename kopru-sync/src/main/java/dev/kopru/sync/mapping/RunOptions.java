package dev.kopru.sync.mapping;

import dev.kopru.core.connector.ChangePositions;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.sync.store.ConflictPolicy;
import dev.kopru.sync.write.TransientRetries;
import dev.kopru.sync.write.WritePolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options every pipeline understands, whatever its mapping: {@code sourceFilters} (the connector's read filters,
 * e.g. FarmaBorsa orders {@code {"status":"1"}} for new orders only), {@code fullRead} (every run reads the whole
 * source, for changes the source's cursor cannot see, such as Mikro stock quantities; a run taken over after a crash
 * still resumes at its last committed page), {@code resendInDoubtAfter} (see {@link WritePolicy#resendInDoubtAfter()}),
 * {@code lookBack} (each run starts that much before the committed change-date cursor, for changes a source dates
 * late; re-read records are skipped by their content hash), {@code conflictPolicy} (two-way pipelines; DEAD_LETTER
 * when unset, so nobody's data is overwritten), {@code writers} (how many records of a page are written at once;
 * when unset, the target connector's {@code concurrentWrites}), {@code transientRetryRuns} and
 * {@code transientRetryWait} (see {@link TransientRetries}: how many runs may fail a record transiently before it is
 * dead-lettered, and the wait before the first retry), {@code matchKey} (two-way: the canonical field by which a first
 * run pairs records both sides already hold; the connector's natural key when unset) and {@code deletePolicy} (see
 * {@link DeletePolicy}) and {@code fieldsNotSynced} (canonical fields neither side's reads carry into the pipeline, for
 * two systems that do not both have them, e.g. {@code ["role", "currency"]} between Mikro and DİA cari cards: such a
 * field is neither copied nor compared, so an echo is recognised).
 */
public record RunOptions(ConflictPolicy.Rule conflictPolicy, Map<String, String> sourceFilters, Boolean fullRead,
                         Duration resendInDoubtAfter, Duration lookBack, Integer writers, Integer transientRetryRuns,
                         Duration transientRetryWait, String matchKey, DeletePolicy deletePolicy,
                         Set<String> fieldsNotSynced) {

    /** The most writers a pipeline may ask for. */
    public static final int MAX_WRITERS = 64;

    /**
     * What a record the source reports deleted or cancelled (Mikro's {@code *_iptal}) does to its linked record on the
     * other side. IGNORE (default): nothing. MARK: the link is marked DELETED, the other side's record is left as it
     * is. PROPAGATE: the other side's record is deleted too; a target that cannot delete the entity gets a dead letter
     * naming the record to delete there by hand.
     */
    public enum DeletePolicy { PROPAGATE, MARK, IGNORE }

    public RunOptions {
        conflictPolicy = conflictPolicy == null ? ConflictPolicy.Rule.DEAD_LETTER : conflictPolicy;
        deletePolicy = deletePolicy == null ? DeletePolicy.IGNORE : deletePolicy;
        sourceFilters = PipelineOptions.texts("sourceFilters", sourceFilters);
        fullRead = Boolean.TRUE.equals(fullRead);
        PipelineOptions.notNegative("resendInDoubtAfter", resendInDoubtAfter);
        PipelineOptions.notNegative("lookBack", lookBack);
        if (writers != null && (writers < 1 || writers > MAX_WRITERS)) {
            throw PipelineOptions.invalid("writers", "must be 1 to " + MAX_WRITERS + ", was " + writers);
        }
        PipelineOptions.notNegative("transientRetryWait", transientRetryWait);
        if (matchKey != null && matchKey.isBlank()) {
            throw PipelineOptions.invalid("matchKey", "must name a field of the record, e.g. \"code\"");
        }
        if (transientRetryRuns != null && transientRetryRuns < 1) {
            throw PipelineOptions.invalid("transientRetryRuns", "must be at least 1 (1: dead-letter at once), was "
                    + transientRetryRuns);
        }
        fieldsNotSynced = fieldsNotSynced == null ? Set.of() : Set.copyOf(fieldsNotSynced);
        if (fieldsNotSynced.stream().anyMatch(f -> f.equals("key") || f.equals("code"))) {
            throw PipelineOptions.invalid("fieldsNotSynced", "cannot leave out a record's key or code");
        }
    }

    /** How many records of a page a run against {@code target} writes at once. */
    public int writers(Connector target) {
        return writers != null ? writers : target.descriptor().limits().concurrentWrites();
    }

    /** The field by which a two-way pipeline's first run pairs records; empty: the connector's natural key. */
    public Optional<String> pairBy() {
        return Optional.ofNullable(matchKey).map(String::strip);
    }

    /** The conflict policy of a two-way pipeline. */
    public ConflictPolicy conflicts() {
        return new ConflictPolicy(conflictPolicy);
    }

    /**
     * The committed source cursor moved back by {@code lookBack} where the source says it stands at a change time
     * ({@link ChangePositions}); any other cursor (a page token, a connector's own position) as it is.
     */
    public Cursor lookBack(Connector source, Entity<?> entity, Cursor cursor) {
        if (lookBack == null || lookBack.isZero()) {
            return cursor;
        }
        return source.capability(ChangePositions.class).flatMap(positions -> positions.changedAt(entity, cursor)
                .map(changedAt -> positions.at(entity, changedAt.minus(lookBack)))).orElse(cursor);
    }

    /** The runner's policy, with this pipeline's wait before an in-doubt create is sent again and its transient retries. */
    public WritePolicy policy(WritePolicy runner) {
        WritePolicy policy = resendInDoubtAfter == null ? runner : runner.resendInDoubtAfter(resendInDoubtAfter);
        TransientRetries retries = policy.transientRetries();
        return policy.withTransientRetries(new TransientRetries(
                transientRetryRuns == null ? retries.deadLetterAfterRuns() : transientRetryRuns,
                transientRetryWait == null ? retries.firstWait() : transientRetryWait));
    }
}
