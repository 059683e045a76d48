package dev.kopru.logo;

import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.model.Party;
import dev.kopru.core.tax.TaxIdKind;
import dev.kopru.core.tax.TaxIds;
import dev.kopru.logo.client.LogoClient;
import dev.kopru.logo.client.LogoQuery;
import dev.kopru.logo.mapping.PartyMapping;
import java.util.Optional;

/**
 * Cari cards as {@link Records} keeps them, found also by VKN/TCKN (natural key {@code taxId}): a VKN in
 * {@code TAX_ID}, a TCKN in {@code TCKNO}, so that a pipeline finds the card a firm already holds for a buyer before it
 * opens one under its own code.
 */
final class ArpsByTaxId implements EntityHandler<Party> {

    private final EntityHandler<Party> cards;
    private final LogoClient client;

    ArpsByTaxId(EntityHandler<Party> cards, LogoClient client) {
        this.cards = cards;
        this.client = client;
    }

    @Override
    public String entityName() {
        return cards.entityName();
    }

    @Override
    public Page<Party> read(ReadRequest request) {
        return cards.read(request);
    }

    @Override
    public Optional<Party> get(String key) {
        return cards.get(key);
    }

    @Override
    public Optional<Party> find(NaturalKey naturalKey) {
        if (!naturalKey.name().equals("taxId")) {
            return cards.find(naturalKey);
        }
        String taxId = naturalKey.value().trim();
        if (!TaxIds.isValid(taxId)) {
            return Optional.empty();
        }
        String field = TaxIds.kind(taxId) == TaxIdKind.TCKN ? "TCKNO" : "TAX_ID";
        return client.list(PartyMapping.RESOURCE, LogoQuery.where(field + " eq " + LogoQuery.text(taxId))
                .withSort("INTERNAL_REFERENCE").withLimit(1)).items().stream().map(PartyMapping::toParty)
                .findFirst();
    }

    @Override
    public NaturalKey naturalKeyOf(Party record) {
        return cards.naturalKeyOf(record);
    }

    @Override
    public String create(Party record) {
        return cards.create(record);
    }

    @Override
    public void update(String key, Party record) {
        cards.update(key, record);
    }

    @Override
    public void delete(String key) {
        cards.delete(key);
    }
}
