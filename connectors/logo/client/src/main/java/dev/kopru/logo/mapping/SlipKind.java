package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kopru.core.model.DocumentDirection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trade document Logo keeps in a sales and a purchase data object (logo.md §3): the data object and header
 * {@code TYPE} (TRCODE) a canonical direction is written with, and the direction each {@code TYPE} reads as. A
 * {@code TYPE} not listed reads without a direction.
 *
 * @param sales    the data object of sales and sales returns
 * @param purchase the data object of purchases and purchase returns
 * @param written  the {@code TYPE} of a new document of each direction
 * @param read     the direction of each {@code TYPE}
 */
public record SlipKind(String sales, String purchase, Map<DocumentDirection, Integer> written,
                       Map<Integer, DocumentDirection> read) {

    /** Wholesale sale 8, its return 3, purchase 1, its return 6 (logo.md §6.3: INVOICE.TRCODE, inference). */
    private static final Map<DocumentDirection, Integer> WHOLESALE = Map.of(DocumentDirection.SALES, 8,
            DocumentDirection.SALES_RETURN, 3, DocumentDirection.PURCHASE, 1, DocumentDirection.PURCHASE_RETURN, 6);

    /** Invoices: {@code salesInvoices} takes TYPE 2, 3, 7, 8, 9, 10, 14, {@code purchaseInvoices} 1, 4–6, 13, 26. */
    public static final SlipKind INVOICES = new SlipKind("salesInvoices", "purchaseInvoices", WHOLESALE, directions(
            List.of(7, 8, 9, 10, 14), List.of(2, 3), List.of(1, 4, 5, 13, 26), List.of(6)));

    /**
     * Dispatch notes (irsaliye): the reference lists the data objects but no types; Logo's STFICHE.TRCODE is taken
     * [inference]: 7, 8 sale, 9 consignment out; 2, 3 sales returns, 4 consignment-out return; 1 purchase, 5
     * consignment in, 26 producer; 6 purchase return, 10 consignment-in return.
     */
    public static final SlipKind DISPATCHES = new SlipKind("salesDispatches", "purchaseDispatches", WHOLESALE,
            directions(List.of(7, 8, 9), List.of(2, 3, 4), List.of(1, 5, 26), List.of(6, 10)));

    public SlipKind {
        written = Map.copyOf(written);
        read = Map.copyOf(read);
    }

    /** The data object a document of {@code direction} lives in (no direction: a sale). */
    public String resource(DocumentDirection direction) {
        return purchase(direction) ? purchase : sales;
    }

    /** The {@code TYPE} a new document of {@code direction} is written with (no direction: a sale). */
    public int type(DocumentDirection direction) {
        return written.get(direction == null ? DocumentDirection.SALES : direction);
    }

    /** The direction of {@code slip}'s {@code TYPE}; null for a type this kind does not list. */
    public DocumentDirection direction(JsonNode slip) {
        return read.get(slip.path("TYPE").asInt(-1));
    }

    private static boolean purchase(DocumentDirection direction) {
        return direction == DocumentDirection.PURCHASE || direction == DocumentDirection.PURCHASE_RETURN;
    }

    private static Map<Integer, DocumentDirection> directions(List<Integer> sales, List<Integer> salesReturns,
                                                              List<Integer> purchases, List<Integer> purchaseReturns) {
        Map<Integer, DocumentDirection> read = new HashMap<>();
        sales.forEach(t -> read.put(t, DocumentDirection.SALES));
        salesReturns.forEach(t -> read.put(t, DocumentDirection.SALES_RETURN));
        purchases.forEach(t -> read.put(t, DocumentDirection.PURCHASE));
        purchaseReturns.forEach(t -> read.put(t, DocumentDirection.PURCHASE_RETURN));
        return read;
    }
}
