package dev.kopru.server.demo;

import dev.kopru.core.connector.Connector;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Item;
import dev.kopru.server.connections.ConnectorPool;
import dev.kopru.sync.store.SyncStore;
import dev.kopru.testkit.demodata.DemoItem;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The orders of Mikro Merkez's second FarmaBorsa store ({@link DemoSandboxes#FARMABORSA_DEPOT_ACCOUNT}, whose listings
 * its own stock pipeline publishes) are invoiced in DİA. An account of its own because one cannot feed two ERPs:
 * confirming an order takes it off the "new" list the other pipeline reads (Merkez's first store is invoiced in Logo).
 * DİA finds no stock card by barcode (docs/connectors/dia.md), so the pipeline names the listed cards' codes, and the
 * demo opens those cards and the shipping card in the DİA firm, which starts empty, before the first run.
 */
final class DemoDiaStore {

    static final String PIPELINE = "FarmaBorsa Depo siparişleri → DİA faturaları";

    private DemoDiaStore() {
    }

    /** Pipeline 2's options for DİA, with the listed cards' codes by barcode. */
    static String options() {
        return "{\"sourceFilters\":{\"status\":\"1\"},\"invoiceNumberPrefix\":\"FB\","
                + "\"shippingItemCode\":\"" + DemoShippingCard.CODE + "\",\"itemCodes\":"
                + DemoPipelines.itemCodes(DemoPipelines.LISTED_CODES) + ","
                + "\"invoiceUrlTemplate\":\"https://fatura.example.com/{number}.pdf\"}";
    }

    /** Opens in DİA the cards the store lists and the shipping card, those it does not hold yet. */
    static void ensureCards(SyncStore store, ConnectorPool pool, Map<String, Long> connections) {
        Long dia = connections.get(DemoSandboxes.DIA);
        if (dia == null || !connections.containsKey(DemoSandboxes.FARMABORSA_DEPOT)) {
            return;
        }
        Connector connector = pool.connectorFor(store.transaction(tx -> store.connections().find(tx, dia))
                .orElseThrow());
        Set<String> held = connector.stream(Entity.ITEM, ReadRequest.full(100)).map(Item::code)
                .collect(Collectors.toSet());
        DemoPipelines.catalogue(DemoPipelines.LISTED_CODES).map(DemoItem::toItem)
                .filter(item -> !held.contains(item.code()))
                .forEach(item -> connector.create(Entity.ITEM, item));
        if (!held.contains(DemoShippingCard.CODE)) {
            connector.create(Entity.ITEM, DemoShippingCard.card(true));
        }
    }
}
