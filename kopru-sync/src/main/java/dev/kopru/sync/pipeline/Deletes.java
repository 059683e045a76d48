package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Operation;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.mapping.RunOptions.DeletePolicy;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.DeadLetters;
import dev.kopru.sync.store.Link;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.WriteResult;
import java.util.Optional;

/**
 * Records a page reports deleted or cancelled at their side, dealt with by the pipeline's {@link DeletePolicy}: the
 * linked record on the other side is deleted (PROPAGATE), or only the link is marked (MARK), or nothing happens
 * (IGNORE). A link marked DELETED is not dealt with again, so the other side's own report of the deletion we made
 * (its echo) and a re-read of the same page change nothing. In a two-way pipeline both directions' links are marked.
 */
final class Deletes<T extends CanonicalRecord> {

    private final SyncStore store;
    private final long pipelineId;
    private final Entity<T> entity;
    private final DeletePolicy policy;

    Deletes(SyncStore store, long pipelineId, Entity<T> entity, DeletePolicy policy) {
        this.store = store;
        this.pipelineId = pipelineId;
        this.entity = entity;
        this.policy = policy;
    }

    /**
     * Deals with {@code key}, deleted on the side whose links carry {@code prefix} ({@code mirrorPrefix}: the other
     * direction's, null one-way); {@code other} holds the linked record.
     */
    WriteResult deleted(String prefix, String mirrorPrefix, String key, Connector other) {
        String linkKey = prefix + key;
        Optional<Link> link = store.transaction(tx -> store.links().find(tx, pipelineId, linkKey));
        if (link.isEmpty() || link.get().state() == Link.State.DELETED || policy == DeletePolicy.IGNORE) {
            return new WriteResult.Skipped(linkKey, link.isEmpty() ? "deleted before it was synced"
                    : "deleted; already dealt with, or deletePolicy IGNORE");
        }
        String targetKey = link.get().targetKey();
        boolean propagate = policy == DeletePolicy.PROPAGATE;
        if (propagate && !other.descriptor().supports(entity, Operation.DELETE)) {
            mark(linkKey, mirrorPrefix, targetKey);
            String message = key + " was deleted (or cancelled) at its side, but " + other.descriptor().vendor()
                    + " cannot delete a " + entity + " over its API: delete or cancel " + targetKey + " there by hand";
            long id = store.transaction(tx -> store.deadLetters().record(tx, pipelineId, linkKey, "{}",
                    new DeadLetters.Failure(DeadLetter.Stage.WRITE, "DeleteUnsupported", null, null, message, "[]")));
            return new WriteResult.DeadLettered(linkKey, id, "DeleteUnsupported");
        }
        if (propagate) {
            try {
                other.delete(entity, targetKey);
            } catch (ConnectorException.NotFound gone) {
                // deleted there already (by a person, or by us before a crash): done
            } catch (ConnectorException e) {
                long id = store.transaction(tx -> store.deadLetters().record(tx, pipelineId, linkKey, "{}",
                        new DeadLetters.Failure(DeadLetter.Stage.WRITE, e.getClass().getSimpleName(), null,
                                e.vendorMessage().orElse(null), "deleting " + targetKey + ": " + e.getMessage(),
                                "[]")));
                return new WriteResult.DeadLettered(linkKey, id, e.getClass().getSimpleName());
            }
        }
        mark(linkKey, mirrorPrefix, targetKey);
        return new WriteResult.Deleted(linkKey, targetKey, propagate);
    }

    private void mark(String linkKey, String mirrorPrefix, String targetKey) {
        store.inTransaction(tx -> {
            store.links().markDeleted(tx, pipelineId, linkKey);
            if (mirrorPrefix != null) {
                store.links().markDeleted(tx, pipelineId, mirrorPrefix + targetKey);
            }
            store.deadLetters().markReplayed(tx, pipelineId, linkKey);
        });
    }
}
