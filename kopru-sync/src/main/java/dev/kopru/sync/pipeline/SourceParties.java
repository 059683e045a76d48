package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.model.Party;
import dev.kopru.sync.mapping.MappingContext;
import dev.kopru.sync.mapping.MappingException;
import dev.kopru.sync.store.Link;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.sync.write.CanonicalJson;
import dev.kopru.sync.write.KeyLocks;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A mapping's context with the source's parties: the customer an invoice or payment names by the source's code is
 * read from the source the first time (a source such as Wiradius finds a customer only by walking its list), and its
 * target code remembered as the link {@code customer:<source code>}, so later records and runs ask neither side.
 */
final class SourceParties implements MappingContext {

    private static final String PREFIX = "customer:";

    private final MappingContext target;
    private final SyncStore store;
    private final long pipelineId;
    private final Connector source;
    private final CanonicalJson json = new CanonicalJson();
    /** A page's records are written concurrently: two of one new customer must link it once. */
    private final KeyLocks customers = new KeyLocks();

    SourceParties(MappingContext target, SyncStore store, long pipelineId, Connector source) {
        this.target = target;
        this.store = store;
        this.pipelineId = pipelineId;
        this.source = source;
    }

    @Override
    public String partyCode(Party party) {
        return target.partyCode(party);
    }

    @Override
    public Optional<String> itemCodeByBarcode(String barcode) {
        return target.itemCodeByBarcode(barcode);
    }

    @Override
    public String partyCodeOfSource(String sourceKey, UnaryOperator<Party> asTarget) {
        if (sourceKey == null || sourceKey.isBlank()) {
            throw new MappingException("partyCode", "names no customer");
        }
        String linkKey = PREFIX + sourceKey.trim();
        return customers.holding(linkKey, () -> linked(sourceKey.trim(), linkKey, asTarget));
    }

    private String linked(String sourceKey, String linkKey, UnaryOperator<Party> asTarget) {
        Optional<Link> link = store.transaction(tx -> store.links().find(tx, pipelineId, linkKey));
        if (link.isPresent()) {
            return link.get().targetKey();
        }
        Party party;
        try {
            party = source.get(Entity.PARTY, sourceKey).orElseThrow(() -> new MappingException("partyCode",
                    source.descriptor().vendor() + " has no customer " + sourceKey));
        } catch (ConnectorException.QuotaExhausted e) {
            throw e;
        } catch (ConnectorException e) {
            throw MappingException.of("partyCode", e);
        }
        String code = target.partyCode(asTarget.apply(party));
        store.inTransaction(tx -> store.links().save(tx, pipelineId, linkKey, code, json.hash(party)));
        return code;
    }
}
