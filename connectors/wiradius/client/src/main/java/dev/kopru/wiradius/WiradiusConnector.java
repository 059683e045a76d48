package dev.kopru.wiradius;

import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.connector.kit.operation.OperationCatalogue;
import dev.kopru.connector.kit.operation.RawCalls;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.support.EntityHandler;
import dev.kopru.core.connector.support.HandlerConnector;
import dev.kopru.wiradius.client.FaturaTipi;
import dev.kopru.wiradius.client.WiradiusClient;
import dev.kopru.wiradius.client.WiradiusConfig;
import dev.kopru.wiradius.client.WiradiusDates;
import dev.kopru.wiradius.client.WiradiusOperation;
import dev.kopru.wiradius.mapping.LedgerMapping;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A connection to one operator's Wiradius accounting service: customers, account movements, collections and invoices
 * with lines, read only (the service has no writes). The typed client underneath ({@link #client()}) reaches every
 * service directly; raw calls reach the four documented ones.
 */
public final class WiradiusConnector extends HandlerConnector {

    private final WiradiusConfig config;
    private final WiradiusClient client;
    private final Map<Entity<?>, EntityHandler<?>> handlers;
    private final RawCalls<WiradiusOperation> raw;

    public WiradiusConnector(WiradiusConfig config, Reading reading) {
        super("wiradius");
        this.config = config;
        this.client = new WiradiusClient(config);
        int max = WiradiusDescriptor.MAX_PAGE_SIZE;
        this.handlers = Map.of(
                Entity.PARTY, new Parties(client, max),
                Entity.ACCOUNT_MOVEMENT, new Ledger<>("account-movement", client, config.clock(), reading, max,
                        row -> Optional.of(LedgerMapping.toMovement(row))),
                Entity.PAYMENT, new Ledger<>("payment", client, config.clock(), reading, max,
                        LedgerMapping::toCollection),
                Entity.INVOICE, new Invoices(client, config.clock(), reading, max));
        this.raw = new RawCalls<>(OperationCatalogue.of("Wiradius", WiradiusOperation.class), VendorJson.mapper(),
                client::raw, RawCalls.Guard.none(), () -> List.of(config.apiCode(), config.uniqCode()));
    }

    /** The typed client underneath. */
    public WiradiusClient client() {
        return client;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return WiradiusDescriptor.descriptor();
    }

    /** One small authenticated call: today's sales invoices, first page. */
    @Override
    public void check() {
        LocalDate today = LocalDate.now(config.clock().withZone(WiradiusDates.ZONE));
        client.invoiceList(FaturaTipi.SELL, today, today, null, 1);
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
        return "WiradiusConnector{" + config + "}";
    }
}
