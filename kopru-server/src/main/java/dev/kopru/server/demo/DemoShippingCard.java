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
 * pipeline). The demo catalogue has none, and the Mikro sandbox starts from it every time, so the demo opens the
 * card, through the same connector the pipelines use, before their first run.
 */
final class DemoShippingCard {

    static final String CODE = "KARGO";

    private DemoShippingCard() {
    }

    static void ensure(SyncStore store, ConnectorPool pool, Map<String, Long> connections) {
        Long mikro = connections.get(DemoSandboxes.MIKRO);
        if (mikro == null) {
            return;
        }
        Connector connector = pool.connectorFor(store.transaction(tx -> store.connections().find(tx, mikro))
                .orElseThrow());
        if (connector.findByNaturalKey(Entity.ITEM, new NaturalKey("code", CODE)).isEmpty()) {
            // a service card (no barcode): the stock pipeline reads only the STK- cards, so it is not listed
            connector.create(Entity.ITEM, card());
        }
    }

    static Item card() {
        return Item.builder().code(CODE).name("Kargo Ücreti").unit("ADET").vatRate(new BigDecimal("20"))
                .currency("TRY").service(true).active(true).build();
    }
}
