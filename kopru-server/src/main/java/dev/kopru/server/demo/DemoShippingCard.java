package dev.kopru.server.demo;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.NaturalKey;
import dev.kopru.core.model.Item;
import dev.kopru.server.connections.ConnectorPool;
import dev.kopru.sync.store.SyncStore;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The service card Mikro Merkez invoices FarmaBorsa's shipping fees on ({@code shippingItemCode} of the orders
 * pipeline), and the Logo firm's card of the same code. The demo catalogue has none, and the sandboxes start from it
 * every time, so the demo opens the cards, through the same connectors the pipelines use, before their first run.
 * Logo's is a material card: Logo keeps services on cards of their own ({@code services}), which its connector does not
 * map, and an invoice line on a material card is what the orders mapping writes.
 */
final class DemoShippingCard {

    static final String CODE = "KARGO";

    private DemoShippingCard() {
    }

    static void ensure(SyncStore store, ConnectorPool pool, Map<String, Long> connections) {
        // a service card (no barcode) in Mikro: the stock pipelines read only the STK- cards, so it is not listed
        ensure(store, pool, connections.get(DemoSandboxes.MIKRO), true);
        ensure(store, pool, connections.get(DemoSandboxes.LOGO), false);
    }

    private static void ensure(SyncStore store, ConnectorPool pool, Long connection, boolean service) {
        if (connection == null) {
            return;
        }
        Connector connector = pool.connectorFor(store.transaction(tx -> store.connections().find(tx, connection))
                .orElseThrow());
        if (connector.findByNaturalKey(Entity.ITEM, new NaturalKey("code", CODE)).isEmpty()) {
            connector.create(Entity.ITEM, card(service));
        }
    }

    /** The card as a service card ({@code service}) or a material card. */
    static Item card(boolean service) {
        return Item.builder().code(CODE).name("Kargo Ücreti").unit("ADET").vatRate(new BigDecimal("20"))
                .currency("TRY").service(service).active(true).build();
    }
}
