package dev.kopru.farmaborsa;

import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.connector.kit.operation.OperationCatalogue;
import dev.kopru.connector.kit.operation.RawCalls;
import dev.kopru.farmaborsa.client.FarmaBorsaOperation;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.OrderActions;
import dev.kopru.core.connector.ProvisionalKeys;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.HandlerConnector;
import dev.kopru.core.model.Order;
import dev.kopru.farmaborsa.client.FarmaBorsaClient;
import dev.kopru.farmaborsa.client.FarmaBorsaConfig;
import java.util.List;
import java.util.Map;

/**
 * A connection to one FarmaBorsa seller account: listings and orders over the typed client, within the account's
 * rate limit. Writes are sent once; an unknown outcome ends in {@link ConnectorException.InDoubt}, resolved by
 * {@link #findByNaturalKey}. Order actions (confirm, cancel, quantities, cargo link, invoice URL) are on
 * {@link #client()}.
 */
public final class FarmaBorsaConnector extends HandlerConnector implements OrderActions,
        ProvisionalKeys {

    private final FarmaBorsaConfig config;
    private final FarmaBorsaClient client;
    private final ConnectorDescriptor descriptor;
    private final Map<Entity<?>, EntityHandler<?>> handlers;
    private final RawCalls<FarmaBorsaOperation> raw;
    private final OrderActions actions;

    public FarmaBorsaConnector(FarmaBorsaConfig config) {
        super("farmaborsa");
        this.config = config;
        this.client = new FarmaBorsaClient(config);
        this.descriptor = FarmaBorsaDescriptor.descriptor(config.rateLimit());
        int max = FarmaBorsaDescriptor.MAX_PAGE_SIZE;
        this.handlers = Map.of(
                Entity.LISTING, new Listings(client, max),
                Entity.ORDER, new Orders(client, config.clock(), max));
        this.raw = new RawCalls<>(OperationCatalogue.of("FarmaBorsa", FarmaBorsaOperation.class), VendorJson.mapper(),
                client::raw, RawCalls.Guard.none(), () -> List.of(config.apiKey(), config.parola()));
        this.actions = new SellerActions(client);
    }

    /** The typed client underneath, for operations the canonical model does not cover. */
    public FarmaBorsaClient client() {
        return client;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    /** One cheap authenticated call: the sales counted per status. */
    @Override
    public void check() {
        client.satisDurumBazindaSatisListesi();
    }

    /** Confirms a new order; one already confirmed or further along counts as done (see {@link SellerActions}). */
    @Override
    public void confirm(Order order) {
        actions.confirm(order);
    }

    /** A listing created for a barcode FarmaBorsa does not know is a product-card request until FarmaBorsa approves. */
    @Override
    public boolean isProvisional(Entity<?> entity, String key) {
        return entity.equals(Entity.LISTING) && key != null && key.startsWith(Listings.PENDING_PREFIX);
    }

    /** SatFaturaKaydet: the invoice file's URL, shown to the buyer; repeating it overwrites with the same URL. */
    @Override
    public void attachInvoice(Order order, String invoiceUrl) {
        actions.attachInvoice(order, invoiceUrl);
    }

    /** The raw pass-through to any of the vendor's operations. */
    @Override
    protected List<Object> capabilities() {
        return List.of(raw);
    }

    @Override
    protected Map<Entity<?>, EntityHandler<?>> handlers() {
        return handlers;
    }

    @Override
    public String toString() {
        return "FarmaBorsaConnector{" + config + "}";
    }
}
