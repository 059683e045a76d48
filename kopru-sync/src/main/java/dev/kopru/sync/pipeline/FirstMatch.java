package dev.kopru.sync.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.CanonicalJson;
import dev.kopru.sync.write.Lane;
import dev.kopru.sync.write.RecordKeys;
import dev.kopru.sync.write.WriteResult;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The first read of a two-way side pairs its records with records the other side already holds under the same
 * natural key, instead of creating a second card there. Keys are compared after a Turkish case fold
 * ({@code Locale("tr")}: i ↔ İ, ı ↔ I), so {@code 120.istanbul} and {@code 120.İSTANBUL} are one key. A pair with the
 * same content is linked both ways and nothing is written; a pair whose content differs is linked with a hash that
 * matches neither side, so {@link TwoWaySync} treats it as changed on both sides: a conflict its
 * {@link dev.kopru.sync.store.ConflictPolicy} settles.
 *
 * <p>The other side is read once, whole, the first time a record of a first read needs it; a side whose cursor was
 * committed before (not a first read) is never matched.
 */
final class FirstMatch<T extends CanonicalRecord> {

    /** The link hash of a pair whose contents differ: equal to no content hash, so both sides count as changed. */
    static final String DIFFERS = "first-match:content-differs";
    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final int PAGE = 500;

    private final SyncStore store;
    private final long pipelineId;
    private final Entity<T> entity;
    private final Optional<String> matchKey;
    private final CanonicalJson json = new CanonicalJson();
    private final ObjectMapper trees = new ObjectMapper().findAndRegisterModules();
    private final Map<Boolean, Map<String, T>> otherSides = new HashMap<>();
    private final Map<Boolean, Boolean> firstRead;
    private int matched;

    /**
     * @param matchKey   the canonical field compared (e.g. {@code code}, {@code taxId}); empty: the natural key the
     *                   other side's connector names
     * @param firstReadA whether A is read from its start this run (no committed cursor), likewise B
     */
    FirstMatch(SyncStore store, long pipelineId, Entity<T> entity, Optional<String> matchKey, boolean firstReadA,
               boolean firstReadB) {
        this.store = store;
        this.pipelineId = pipelineId;
        this.entity = entity;
        this.matchKey = matchKey;
        this.firstRead = Map.of(true, firstReadA, false, firstReadB);
    }

    /**
     * For an unlinked record of a first read: links it to its counterpart on {@code other} when there is one. Returns
     * the result when nothing more is to be done (same content), empty when the caller goes on (no counterpart, or a
     * conflict now linked for the caller to settle).
     */
    Optional<WriteResult> match(T record, boolean fromA, Connector other) {
        Lane lane = fromA ? Lane.A_TO_B : Lane.B_TO_A;
        if (!firstRead.get(fromA)) {
            return Optional.empty();
        }
        Optional<String> key = keyOf(other, record);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        T counterpart = otherSide(fromA, other).get(key.get());
        if (counterpart == null) {
            return Optional.empty();
        }
        String mirrorKey = lane.mirrorPrefix() + RecordKeys.keyOf(counterpart);
        String linkKey = lane.linkKey(record);
        String hash = json.hash(record);
        boolean same = hash.equals(json.hash(counterpart));
        boolean linked = store.transaction(tx -> {
            if (store.links().find(tx, pipelineId, mirrorKey).isPresent()
                    || store.intents().find(tx, pipelineId, linkKey).isPresent()) {
                return false; // the counterpart is paired already, or this record's create has begun
            }
            store.links().save(tx, pipelineId, linkKey, RecordKeys.keyOf(counterpart), same ? hash : DIFFERS);
            store.links().save(tx, pipelineId, mirrorKey, RecordKeys.keyOf(record), same ? hash : DIFFERS);
            return true;
        });
        if (!linked) {
            return Optional.empty();
        }
        matched++;
        return same ? Optional.of(new WriteResult.Skipped(linkKey, "matched by " + key.get() + ", same on both sides"))
                : Optional.empty();
    }

    /** Records paired with a counterpart this run. */
    int matched() {
        return matched;
    }

    private Map<String, T> otherSide(boolean fromA, Connector other) {
        return otherSides.computeIfAbsent(fromA, a -> {
            Map<String, T> byKey = new HashMap<>();
            other.stream(entity, ReadRequest.full(PAGE)).forEach(r -> keyOf(other, r).ifPresent(k ->
                    byKey.putIfAbsent(k, r)));
            return byKey;
        });
    }

    private Optional<String> keyOf(Connector other, T record) {
        String value;
        if (matchKey.isPresent()) {
            JsonNode field = trees.valueToTree(record).path(matchKey.get());
            value = field.isValueNode() ? field.asText() : null;
        } else {
            try {
                value = other.naturalKeyOf(entity, record).value();
            } catch (ConnectorException e) {
                return Optional.empty(); // no key to match by: the writer refuses it with the connector's words
            }
        }
        return value == null || value.isBlank() ? Optional.empty()
                : Optional.of(value.strip().toUpperCase(TURKISH));
    }
}
