package dev.kopru.dia;

import dev.kopru.connector.kit.limit.VendorCredit;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.HandlerConnector;
import dev.kopru.core.model.DispatchNote;
import dev.kopru.core.model.Invoice;
import dev.kopru.core.model.Item;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.Party;
import dev.kopru.dia.client.CariKart;
import dev.kopru.dia.client.DiaClient;
import dev.kopru.dia.client.DiaConfig;
import dev.kopru.dia.client.Fatura;
import dev.kopru.dia.client.StokKart;
import dev.kopru.dia.client.YetkiliFirma;
import dev.kopru.dia.mapping.DocumentMapping;
import dev.kopru.dia.mapping.ItemMapping;
import dev.kopru.dia.mapping.PartyMapping;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A connection to one DİA firm and period. One session per connection (logged out on close); writes are sent once
 * and an unknown outcome ends in {@link ConnectorException.InDoubt}, resolved by {@link #findByNaturalKey}. When the
 * API key runs out of kontör, every call fails with {@link ConnectorException.QuotaExhausted}, and the engine stops the
 * run instead of dead-lettering record after record.
 */
public final class DiaConnector extends HandlerConnector {

    private final DiaConfig config;
    private final DiaClient client;
    private final Map<Entity<?>, EntityHandler<?>> handlers;
    private final VendorCredit credit;

    public DiaConnector(DiaConfig config, int salesKind, int purchaseKind) {
        super("dia");
        this.config = config;
        this.client = new DiaClient(config);
        this.credit = new Kontor(client);
        int max = DiaDescriptor.MAX_PAGE_SIZE;
        DocumentMapping documents = new DocumentMapping(salesKind, purchaseKind);
        TaxOffices offices = new TaxOffices(client.model("sis_vergidairesi"), config.clock());
        this.handlers = Map.of(
                Entity.PARTY, new CardHandler<>(client.cari(), new CardHandler.Shape<CariKart, Party>("party",
                        "carikartkodu", CariKart::_key, CariKart::_date, PartyMapping::toParty,
                        (party, key) -> PartyMapping.toCari(party, key, offices::kod),
                        Party::code, Map.of("taxId", PartyMapping::taxIdField)), config.clock(), max),
                Entity.ITEM, new CardHandler<>(client.stok(), new CardHandler.Shape<StokKart, Item>("item",
                        "stokkartkodu", StokKart::_key, StokKart::_date, ItemMapping::toItem, ItemMapping::toStok,
                        Item::code, Map.of()), config.clock(), max),
                Entity.INVOICE, new Documents<>(client.fatura(), new Documents.Shape<Invoice>("invoice",
                        Invoice::number, documents::toInvoice, documents::fromInvoice), config.clock(), max),
                Entity.ORDER, new Documents<>(client.model("scf_siparis", Fatura.class), new Documents.Shape<Order>(
                        "order", Order::number, documents::toOrder, documents::fromOrder), config.clock(), max),
                Entity.DISPATCH_NOTE, new Documents<>(client.model("scf_irsaliye", Fatura.class),
                        new Documents.Shape<DispatchNote>("dispatch note", DispatchNote::number,
                                documents::toDispatchNote, documents::fromDispatchNote), config.clock(), max),
                Entity.BALANCE, new Balances(client, config.clock(), max));
    }

    /** The typed client underneath, for services the canonical model does not cover. */
    public DiaClient client() {
        return client;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return DiaDescriptor.descriptor();
    }

    /**
     * Logs in and asks {@code sis_yetkili_firma_donem_sube_depo} whether the user may use the configured firm and
     * period: a refused login is DİA's {@code AuthRejected}; a firm or period it does not list is a validation of
     * {@code firmaKodu} or {@code donemKodu} naming what the user may use.
     */
    @Override
    public void check() {
        List<YetkiliFirma> firms = client.firms();
        String operation = "sis_yetkili_firma_donem_sube_depo";
        YetkiliFirma firm = firms.stream().filter(f -> f.firmakodu() == config.firmaKodu()).findFirst()
                .orElseThrow(() -> new ConnectorException.Validation(operation, "firmaKodu", "firmaKodu: user "
                        + config.username() + " may not use firm " + config.firmaKodu() + " (may use: "
                        + firms.stream().map(f -> f.firmakodu() + " " + f.firmaadi()).collect(Collectors.joining(", "))
                        + ")", null));
        if (firm.donemler().stream().noneMatch(d -> d.donemkodu() == config.donemKodu())) {
            throw new ConnectorException.Validation(operation, "donemKodu", "donemKodu: firm " + firm.firmakodu()
                    + " has no period " + config.donemKodu() + " for user " + config.username() + " (periods: "
                    + firm.donemler().stream().map(d -> Integer.toString(d.donemkodu()))
                    .collect(Collectors.joining(", ")) + ")", null);
        }
    }

    /** The raw pass-through to any of the vendor's operations, and the kontör this connection spends and has left. */
    @Override
    protected List<Object> capabilities() {
        return List.of(client.raw(), credit);
    }

    @Override
    protected Map<Entity<?>, EntityHandler<?>> handlers() {
        return handlers;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "DiaConnector{" + config + "}";
    }
}
