package dev.kopru.sync.write;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Operation;
import dev.kopru.core.connector.ProvisionalKeys;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.DeadLetters;
import dev.kopru.sync.store.Intent;
import dev.kopru.sync.store.Link;
import dev.kopru.sync.store.Intents;
import dev.kopru.sync.store.Links;
import dev.kopru.sync.store.SyncStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes source records to a target that has no idempotency keys, with exactly-once effect (DESIGN.md, Sync
 * engine):
 * <ol>
 *   <li>unchanged since the link's content hash → skipped; linked and changed → updated (or the
 *       {@link WritePolicy.NoUpdate} policy when the target cannot update);</li>
 *   <li>an unresolved intent left by an earlier send or a crash is resolved first by looking its natural key up in
 *       the target: found → linked without sending;</li>
 *   <li>otherwise an intent with the target natural key is committed <em>before</em> the create, the create is
 *       sent once (transient failures, which apply nothing, are retried), and the link is committed and the intent
 *       removed in one transaction;</li>
 *   <li>an in-doubt create marks the intent IN_DOUBT and is looked up before it is sent again.</li>
 * </ol>
 * Permanent failures (validation, not found, auth rejected) go to a dead letter with the vendor's message; transient
 * ones whose retries ran out are kept RETRYING for later runs ({@link TransientRetries}) and dead-lettered only after
 * the policy's number of runs; the caller goes on with the next record.
 * <p>
 * A page's store work is batched ({@link #prepare}, {@link #flush}): its links and intents are found in one query,
 * the intents of its new records committed in one transaction before any of them is sent, and the links of the
 * creates that returned committed together. A crash between a create and the commit of its link leaves its intent
 * PENDING, resolved by the natural-key lookup like any other. Thread-safe: a page's records are written
 * concurrently; writes of one source key, and creates of one target natural key, never run at the same time. Every
 * create and update first confirms the run's {@link Fence}.
 */
public final class ExactlyOnceWriter<T extends CanonicalRecord> {

    private final SyncStore store;
    private final long pipelineId;
    private final Connector target;
    private final Entity<T> entity;
    private final WritePolicy policy;
    private final RunCalls calls;
    private final WriteHooks hooks;
    private final Lane lane;
    private final CanonicalJson json = new CanonicalJson();
    private final KeyLocks locks = new KeyLocks();
    /** What {@link #prepare} learnt of a page's records, by source key; each entry is taken by its record's write. */
    private final Map<String, Prepared<T>> prepared = new ConcurrentHashMap<>();
    /** Links of this page's prepared records, written and not yet committed (see {@link #flush}). */
    private final List<Links.Saved> unflushed = new ArrayList<>();

    /** Links committed together, at most this many at a time. */
    private static final int LINKS_PER_COMMIT = 200;

    /**
     * A prepared record: its content hash and link, or (no link) the natural key of the intent committed for it.
     */
    private record Prepared<R>(R record, String hash, Link link, NaturalKey intended) { }

    public ExactlyOnceWriter(SyncStore store, long pipelineId, Connector target, Entity<T> entity, WritePolicy policy,
                             RunCalls calls, WriteHooks hooks) {
        this(store, pipelineId, target, entity, policy, calls, hooks, Lane.ONE_WAY);
    }

    /** A writer for one direction of a pipeline; see {@link Lane}. */
    public ExactlyOnceWriter(SyncStore store, long pipelineId, Connector target, Entity<T> entity, WritePolicy policy,
                             RunCalls calls, WriteHooks hooks, Lane lane) {
        this.lane = Objects.requireNonNull(lane, "lane");
        this.store = Objects.requireNonNull(store, "store");
        this.pipelineId = pipelineId;
        this.target = Objects.requireNonNull(target, "target");
        this.entity = Objects.requireNonNull(entity, "entity");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
    }

    /**
     * Does the store work of a page's records ahead of their writes: finds their links and intents in one query, and
     * commits the intents of those not yet in the target in one transaction (with the run's fence). Records whose
     * source key appears twice in the page, or that have an intent already, are left to the per-record path. Not
     * done where an in-doubt create waits before a resend: that needs to know whether a create was sent at all.
     */
    public void prepare(List<Keyed<T>> page) {
        if (!policy.resendInDoubtAfter().isZero()) {
            return;
        }
        Map<String, T> byKey = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (Keyed<T> keyed : page) {
            if (byKey.putIfAbsent(lane.prefix() + keyed.key(), keyed.record()) != null) {
                twice.add(lane.prefix() + keyed.key());
            }
        }
        twice.forEach(byKey::remove);
        Map<String, Link> links = new HashMap<>();
        Set<String> intents = new HashSet<>();
        store.inTransaction(tx -> {
            links.putAll(store.links().findAll(tx, pipelineId, byKey.keySet()));
            intents.addAll(store.intents().keysOf(tx, pipelineId, byKey.keySet()));
        });
        Map<String, Prepared<T>> ready = new HashMap<>();
        List<Intents.New> fresh = new ArrayList<>();
        byKey.forEach((sourceKey, record) -> {
            Link link = links.get(sourceKey);
            if (link != null) {
                ready.put(sourceKey, new Prepared<>(record, json.hash(record), link, null));
            } else if (!intents.contains(sourceKey)) {
                String hash = json.hash(record);
                NaturalKey naturalKey;
                try {
                    naturalKey = target.naturalKeyOf(entity, record);
                } catch (ConnectorException e) {
                    return; // its own write dead-letters it with the reason
                }
                fresh.add(new Intents.New(sourceKey, naturalKey.name(), naturalKey.value(), hash));
                ready.put(sourceKey, new Prepared<>(record, hash, null, naturalKey));
            }
        });
        if (!fresh.isEmpty()) {
            store.inTransaction(tx -> {
                calls.fence().confirm(tx);
                store.intents().sendingAll(tx, pipelineId, fresh);
            });
        }
        prepared.putAll(ready);
    }

    /** A record and its source key. */
    public record Keyed<R>(String key, R record) { }

    /**
     * Takes back what {@link #prepare} did for records whose writes never started (a failure stopped their page; a
     * write takes its record's entry as it starts): their intents are removed, as nothing was sent — unless the run
     * was fenced off meanwhile, when another node's intents for the same keys must stay.
     */
    public void unprepare() {
        List<String> keys = new ArrayList<>();
        prepared.forEach((sourceKey, ready) -> {
            if (prepared.remove(sourceKey, ready) && ready.intended() != null) {
                keys.add(sourceKey);
            }
        });
        if (!keys.isEmpty()) {
            store.inTransaction(tx -> {
                calls.fence().confirm(tx);
                keys.forEach(key -> store.intents().remove(tx, pipelineId, key));
            });
        }
    }

    /**
     * Commits the links (their intents removed) of the prepared records written since the last flush, in one
     * transaction; called at the end of every page, before its cursor commits.
     */
    public void flush() {
        List<Links.Saved> batch;
        synchronized (unflushed) {
            batch = List.copyOf(unflushed);
            unflushed.clear();
        }
        if (batch.isEmpty()) {
            return;
        }
        List<String> keys = batch.stream().map(Links.Saved::sourceKey).toList();
        store.inTransaction(tx -> {
            // a node fenced off commits nothing more: the node that took its run over may have linked these records
            // already (its intents' lookups found them), and the new ones are inserted without looking
            calls.fence().confirm(tx);
            store.links().saveAll(tx, pipelineId, batch);
            store.intents().doneAll(tx, pipelineId, keys);
            store.deadLetters().markReplayedAll(tx, pipelineId, keys);
        });
    }

    /** Brings the target in line with {@code record}; never throws a {@link ConnectorException}. */
    public WriteResult write(T record) {
        return write(RecordKeys.keyOf(record), record);
    }

    /**
     * The same for a record mapped from the source record keyed {@code key}: links, intents and dead letters are
     * kept under the source's key, the content hash and the natural key are the written record's.
     */
    public WriteResult write(String key, T record) {
        String sourceKey = lane.prefix() + key;
        return locks.holding(sourceKey, () -> writeLocked(sourceKey, record));
    }

    private WriteResult writeLocked(String sourceKey, T record) {
        AttemptLog log = new AttemptLog(store.clock());
        Prepared<T> ready = prepared.remove(sourceKey);
        if (ready != null && ready.record() == record) {
            try {
                return ready.link() != null ? changed(record, ready.link(), ready.hash(), log, true)
                        : send(record, sourceKey, ready.hash(), ready.intended(), false, true, log);
            } catch (ConnectorException.QuotaExhausted e) {
                throw e;
            } catch (ConnectorException e) {
                return deadLetter(record, sourceKey, e, log);
            }
        }
        String hash = json.hash(record);
        Optional<Link> link = store.transaction(tx -> store.links().find(tx, pipelineId, sourceKey));
        if (link.isPresent()) {
            return changed(record, link.get(), hash, log, false);
        }
        try {
            // every intent kept is unresolved: a done one is removed with its link's commit
            Optional<Intent> open = store.transaction(tx -> store.intents().find(tx, pipelineId, sourceKey));
            NaturalKey naturalKey;
            if (open.isPresent()) {
                Intent intent = open.get();
                naturalKey = new NaturalKey(intent.targetKeyName(), intent.targetKeyValue());
                Optional<T> found = lookup(naturalKey, log);
                if (found.isPresent()) {
                    // the target holds the version that was sent; if the source changed since, update it now
                    WriteResult resolved = resolved(sourceKey, RecordKeys.keyOf(found.get()), intent.contentHash());
                    return intent.contentHash().equals(hash) ? resolved : changed(record,
                            store.transaction(tx -> store.links().find(tx, pipelineId, sourceKey)).orElseThrow(),
                            hash, log, false);
                }
                if (intent.attempts() > 0 && holding(intent.updatedAt())) {
                    return new WriteResult.InDoubt(sourceKey); // sent, not found yet: look again next run
                }
            } else {
                naturalKey = target.naturalKeyOf(entity, record);
                store.inTransaction(tx -> store.intents().pending(tx, pipelineId, sourceKey, naturalKey.name(),
                        naturalKey.value(), hash));
            }
            return send(record, sourceKey, hash, naturalKey, open.isPresent(), false, log);
        } catch (ConnectorException.QuotaExhausted e) {
            throw e; // the account is out of credit: every record would fail the same way, so the run stops
        } catch (ConnectorException e) {
            return deadLetter(record, sourceKey, e, log);
        }
    }

    /**
     * Sends the create (again, after an in-doubt send that was not found), holding its natural key. {@code batched}:
     * the intent was committed by {@link #prepare} for this first send, and the link waits for {@link #flush}.
     */
    private WriteResult send(T record, String sourceKey, String hash, NaturalKey naturalKey, boolean doubted,
                             boolean batched, AttemptLog log) {
        return locks.holding("=" + naturalKey.name() + "=" + naturalKey.value(),
                () -> sendLocked(record, sourceKey, hash, naturalKey, doubted, batched, log));
    }

    private WriteResult sendLocked(T record, String sourceKey, String hash, NaturalKey naturalKey, boolean doubted,
                                   boolean batched, AttemptLog log) {
        boolean afterDoubt = doubted;
        for (int send = 1; send <= policy.maxSends(); send++) {
            hooks.beforeSend(sourceKey);
            if (batched && send == 1) {
                calls.fence().confirm();
            } else {
                store.inTransaction(tx -> {
                    calls.fence().confirm(tx);
                    store.intents().sending(tx, pipelineId, sourceKey, hash);
                });
            }
            String targetKey;
            try {
                targetKey = calls.loggedTo(log, () -> target.create(entity, record));
            } catch (ConnectorException.InDoubt e) {
                log.add("create", e);
                store.inTransaction(tx -> store.intents().mark(tx, pipelineId, sourceKey, Intent.State.IN_DOUBT));
                afterDoubt = true;
                Optional<T> found = lookup(naturalKey, log);
                if (found.isPresent()) {
                    return resolved(sourceKey, RecordKeys.keyOf(found.get()), hash);
                }
                if (!policy.resendInDoubtAfter().isZero()) {
                    return new WriteResult.InDoubt(sourceKey); // the target may show it later: no resend yet
                }
                continue;
            } catch (ConnectorException e) {
                // refused outright (or never reached the vendor): nothing was written, nothing to resolve
                store.inTransaction(tx -> store.intents().remove(tx, pipelineId, sourceKey));
                throw e;
            }
            hooks.afterCreate(sourceKey, targetKey);
            commitLink(sourceKey, targetKey, hash, batched && send == 1, false);
            return new WriteResult.Created(sourceKey, targetKey, afterDoubt);
        }
        return new WriteResult.InDoubt(sourceKey);
    }

    /** Whether a create last sent at {@code lastSent} is still within the policy's wait before a resend. */
    private boolean holding(java.time.Instant lastSent) {
        return !policy.resendInDoubtAfter().isZero()
                && lastSent.plus(policy.resendInDoubtAfter()).isAfter(store.clock().instant());
    }

    private WriteResult changed(T record, Link link, String hash, AttemptLog log, boolean batched) {
        String sourceKey = link.sourceKey();
        if (link.contentHash().equals(hash)) {
            return new WriteResult.Skipped(sourceKey, "unchanged");
        }
        if (!target.descriptor().supports(entity, Operation.UPDATE)) {
            return switch (policy.whenTargetCannotUpdate()) {
                case SKIP -> new WriteResult.Skipped(sourceKey, "changed, but the target cannot update " + entity);
                case DEAD_LETTER -> {
                    String message = "changed since it was written, but " + target.descriptor().vendor()
                            + " cannot update a " + entity + "; update it there by hand or re-create it";
                    long id = store.transaction(tx -> store.deadLetters().record(tx, pipelineId, sourceKey,
                            json.toJson(record), new DeadLetters.Failure(DeadLetter.Stage.WRITE, "UpdateUnsupported",
                                    null, null, message, "[]")));
                    yield new WriteResult.DeadLettered(sourceKey, id, "UpdateUnsupported");
                }
            };
        }
        String targetKey = link.targetKey();
        try {
            if (provisional(targetKey)) {
                // the target may have made the request a record since; if it forgot the request, the update below
                // fails with the target's own words and the record is dead-lettered
                Optional<T> now = calls.loggedTo(log, () -> target.get(entity, link.targetKey()));
                if (now.isPresent() && RecordKeys.keyOf(now.get()).equals(targetKey)) {
                    // the link keeps its old hash, so the next run tries again
                    return new WriteResult.Skipped(sourceKey, "waiting for " + target.descriptor().vendor()
                            + " to turn " + targetKey + " into a record of its own");
                }
                targetKey = now.map(RecordKeys::keyOf).orElse(targetKey);
            }
            update(targetKey, record, log);
        } catch (ConnectorException.QuotaExhausted e) {
            throw e; // the account is out of credit: every record would fail the same way, so the run stops
        } catch (ConnectorException e) {
            return deadLetter(record, sourceKey, e, log);
        }
        commitLink(sourceKey, targetKey, hash, batched, true);
        return new WriteResult.Updated(sourceKey, targetKey);
    }

    /** A key that stands for a request the target has not yet made a record of (see {@link ProvisionalKeys}). */
    private boolean provisional(String targetKey) {
        return target.capability(ProvisionalKeys.class).map(keys -> keys.isProvisional(entity, targetKey))
                .orElse(false);
    }

    private void update(String targetKey, T record, AttemptLog log) {
        // the chain repeats an update whose outcome was lost: it overwrites the whole record
        calls.fence().confirm();
        calls.loggedTo(log, () -> {
            target.update(entity, targetKey, record);
            return null;
        });
    }

    private Optional<T> lookup(NaturalKey naturalKey, AttemptLog log) {
        return calls.loggedTo(log, () -> target.findByNaturalKey(entity, naturalKey));
    }

    private WriteResult resolved(String sourceKey, String targetKey, String hash) {
        commitLink(sourceKey, targetKey, hash, false, false);
        return new WriteResult.Resolved(sourceKey, targetKey);
    }

    /**
     * Commits the link now, or ({@code batched}, one-way) with the next {@link #flush}; a batched link {@code
     * replaces} the one {@link #prepare} found, or is inserted (prepare found none, and the record's key lock has kept
     * everyone else from writing one since).
     */
    private void commitLink(String sourceKey, String targetKey, String hash, boolean batched, boolean replaces) {
        if (batched && lane.mirrorPrefix() == null) {
            boolean full;
            synchronized (unflushed) {
                unflushed.add(new Links.Saved(sourceKey, targetKey, hash, replaces));
                full = unflushed.size() >= LINKS_PER_COMMIT;
            }
            if (full) {
                flush();
            }
            return;
        }
        store.inTransaction(tx -> {
            store.links().save(tx, pipelineId, sourceKey, targetKey, hash);
            if (lane.mirrorPrefix() != null) {
                // the other direction sees our write as already synced: an echo, not a change
                store.links().save(tx, pipelineId, lane.mirrorPrefix() + targetKey,
                        sourceKey.substring(lane.prefix().length()), hash);
            }
            store.intents().done(tx, pipelineId, sourceKey);
            store.deadLetters().markReplayed(tx, pipelineId, sourceKey);
        });
    }

    private WriteResult deadLetter(T record, String sourceKey, ConnectorException e, AttemptLog log) {
        if (log.attempts().isEmpty() || !log.attempts().getLast().message().equals(e.getMessage())) {
            log.add(e instanceof ConnectorException.InDoubt ? "create" : e.operation(), e);
        }
        String field = e instanceof ConnectorException.Validation v ? v.field().orElse(null) : null;
        String outcome = e.getClass().getSimpleName();
        DeadLetters.Failure failure = new DeadLetters.Failure(DeadLetter.Stage.WRITE, outcome, field,
                e.vendorMessage().orElse(null), e.getMessage(), json.toJson(log.attempts()));
        Optional<WriteResult> retrying = new RetryingLetters(store, pipelineId, policy.transientRetries())
                .keep(sourceKey, json.toJson(record), e, failure);
        if (retrying.isPresent()) {
            return retrying.get(); // a transient failure: a later run tries again before anyone is asked
        }
        long id = store.transaction(tx -> store.deadLetters().record(tx, pipelineId, sourceKey, json.toJson(record),
                failure));
        return new WriteResult.DeadLettered(sourceKey, id, outcome);
    }
}
