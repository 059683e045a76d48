package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.Party;
import dev.kopru.sync.mapping.MappingContext;
import dev.kopru.sync.mapping.MappingException;
import dev.kopru.sync.store.DeadLetter;
import dev.kopru.sync.store.Link;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.CanonicalJson;
import dev.kopru.sync.write.ExactlyOnceWriter;
import dev.kopru.sync.write.KeyLocks;
import dev.kopru.sync.write.TransientRetries;
import dev.kopru.sync.write.Lane;
import dev.kopru.sync.write.RunCalls;
import dev.kopru.sync.write.WriteHooks;
import dev.kopru.sync.write.WritePolicy;
import dev.kopru.sync.write.WriteResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What mappings ask of the target during a run. Parties: the link {@code party-code:<tax id>} in the pipeline's links
 * (no vendor call once known), else the target's party with that tax id (or its code, where the target finds parties
 * by code only), else a new party written through the same exactly-once protocol as records (an intent and link
 * {@code party:<tax id>}, so a lost create is found, not repeated). The {@code party-code:} link holds the party's
 * code, which documents name it by: the writer's link holds the target's key, which is not the code everywhere (DİA's
 * {@code _key}). Item
 * codes by barcode: asked of the target where it finds items by barcode, remembered for the run. A run's writers call
 * it concurrently: a buyer is ensured under its tax id's lock, so two invoices of one new buyer make one party. A call
 * that fails only transiently (the buyer's create after its retries, a look-up) is a
 * {@link MappingException.Transient}: the record is kept RETRYING for a later run, which opens the buyer then.
 */
final class TargetLookups implements MappingContext {

    private static final Lane PARTIES = new Lane("party:", null);
    private static final String CODES = "party-code:";
    private static final int REMEMBERED_BARCODES = 2_000;

    private final SyncStore store;
    private final long pipelineId;
    private final Connector target;
    private final ExactlyOnceWriter<Party> parties;
    private final CanonicalJson json = new CanonicalJson();
    private final KeyLocks buyers = new KeyLocks();
    private final Map<String, Optional<String>> itemCodes = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
            return size() > REMEMBERED_BARCODES;
        }
    };

    TargetLookups(SyncStore store, long pipelineId, Connector target, WritePolicy policy, RunCalls calls) {
        this.store = store;
        this.pipelineId = pipelineId;
        this.target = target;
        // a buyer is no record of the source that a later run could read again: its failures go to the order's
        // letter, which a transient one keeps RETRYING (counting the runs there), so the buyer's is never an OPEN one
        this.parties = new ExactlyOnceWriter<>(store, pipelineId, target, Entity.PARTY,
                policy.withTransientRetries(new TransientRetries(Integer.MAX_VALUE, Duration.ZERO)), calls,
                WriteHooks.NONE, PARTIES);
    }

    @Override
    public String partyCode(Party party) {
        return buyers.holding(party.key(), () -> ensured(party));
    }

    private String ensured(Party party) {
        String linkKey = PARTIES.prefix() + party.key();
        Optional<Link> link = store.transaction(tx -> store.links().find(tx, pipelineId, CODES + party.key()));
        if (link.isPresent()) {
            return link.get().targetKey();
        }
        Optional<Party> existing = card(party);
        if (existing.isPresent()) {
            return linked(linkKey, existing.get().code(), party);
        }
        WriteResult written = parties.write(party.key(), party);
        return switch (written) {
            case WriteResult.Created c -> coded(party);
            case WriteResult.Resolved r -> coded(party);
            case WriteResult.Updated u -> coded(party);
            case WriteResult.Skipped s -> store.transaction(tx -> store.links().find(tx, pipelineId, linkKey))
                    .map(l -> coded(party))
                    .orElseThrow(() -> new MappingException("buyer", "skipped: " + s.reason()));
            case WriteResult.InDoubt d -> throw new MappingException.InDoubt("buyer", "creating the buyer "
                    + party.code() + " is still in doubt; the next run looks it up again");
            case WriteResult.Deleted d -> throw new MappingException("buyer", "the buyer " + party.code()
                    + " was deleted");
            case WriteResult.Retrying r -> {
                Optional<DeadLetter> letter = store.transaction(tx -> store.deadLetters().withdraw(tx,
                        r.deadLetterId()));
                throw new MappingException.Transient("buyer", "the buyer " + party.code() + " could not be written"
                        + " yet: " + letter.map(DeadLetter::message).orElse("a transient failure")
                        + "; a later run tries again", letter.map(DeadLetter::vendorMessage).orElse(null),
                        letter.map(DeadLetter::outcome).orElse("Transient"));
            }
            case WriteResult.DeadLettered d -> {
                // another pipeline may have opened the card since the look-up, and the target refused ours
                Optional<Party> opened = card(party);
                if (opened.isPresent()) {
                    yield linked(linkKey, opened.get().code(), party);
                }
                Optional<DeadLetter> letter = store.transaction(tx -> store.deadLetters().find(tx, d.deadLetterId()));
                throw new MappingException("buyer", "the buyer " + party.code() + " could not be written: "
                        + letter.map(DeadLetter::message).orElse(d.outcome()),
                        letter.map(DeadLetter::vendorMessage).orElse(null));
            }
        };
    }

    /** The code of a party the writer wrote, which is ours: prefix + tax id. */
    private String coded(Party party) {
        store.inTransaction(tx -> store.links().save(tx, pipelineId, CODES + party.key(), party.code(),
                json.hash(party)));
        return party.code();
    }

    /**
     * The target's card of {@code party}: by tax id where the target finds parties by it, else by the code the mapping
     * gave it (DİA finds cari cards by code only, so a card the firm holds under another code is not found there).
     */
    private Optional<Party> card(Party party) {
        boolean findsByTaxId = target.descriptor().support(Entity.PARTY)
                .map(s -> s.naturalKeys().contains("taxId")).orElse(false);
        NaturalKey key = findsByTaxId ? new NaturalKey("taxId", party.taxId()) : new NaturalKey("code", party.code());
        return unlessFailed("buyer", () -> target.findByNaturalKey(Entity.PARTY, key));
    }

    private String linked(String linkKey, String code, Party party) {
        store.inTransaction(tx -> {
            store.links().save(tx, pipelineId, CODES + party.key(), code, json.hash(party));
            // ours, if a create of it was interrupted before its link: found by tax id, so resolved
            store.intents().done(tx, pipelineId, linkKey);
            store.deadLetters().markReplayed(tx, pipelineId, linkKey);
        });
        return code;
    }

    @Override
    public Optional<String> itemCodeByBarcode(String barcode) {
        boolean findsByBarcode = target.descriptor().support(Entity.ITEM)
                .map(s -> s.naturalKeys().contains("barcode")).orElse(false);
        if (!findsByBarcode) {
            return Optional.empty();
        }
        synchronized (itemCodes) {
            Optional<String> known = itemCodes.get(barcode);
            if (known != null) {
                return known;
            }
        }
        Optional<String> code = unlessFailed("barcode", () -> target.findByNaturalKey(Entity.ITEM,
                new NaturalKey("barcode", barcode))).map(Item::code);
        synchronized (itemCodes) {
            itemCodes.put(barcode, code);
        }
        return code;
    }

    private <R> R unlessFailed(String field, java.util.function.Supplier<R> call) {
        try {
            return call.get();
        } catch (ConnectorException.QuotaExhausted e) {
            throw e;
        } catch (ConnectorException e) {
            throw MappingException.of(field, e);
        }
    }
}
