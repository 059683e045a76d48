package dev.kopru.logo.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.core.model.DocumentDirection;
import dev.kopru.core.model.Order;
import dev.kopru.core.model.OrderStatus;
import dev.kopru.core.money.DocumentTotals;

/**
 * Order ↔ Logo's sales order ({@code salesOrders} with {@code TRANSACTIONS} lines, logo.md §6.4, seed 002's POST).
 * Key = {@code INTERNAL_REFERENCE}; natural key = the order number in {@code NUMBER}; lines, header and totals as
 * {@link TradeLines} says, checked with {@link DocumentTotals} before sending. Logo's {@code ORDER_STATUS} is kept as
 * the vendor status; its codes are not documented, so only {@code CANCELLED} 1 is read as a canonical status.
 * The buyer travels as {@code partyCode} only: the cari card must exist (create the party first).
 */
public final class OrderMapping {

    public static final String RESOURCE = "salesOrders";
    /** ORFICHE.TRCODE 1, sales order [inference]. */
    static final int SALES_ORDER = 1;

    private OrderMapping() {
    }

    public static Order toOrder(ObjectNode slip) {
        OrderStatus status = slip.path("CANCELLED").asInt(0) == 1 ? OrderStatus.CANCELLED : null;
        return new Order(slip.path("INTERNAL_REFERENCE").asText(), LogoValues.text(slip.get("NUMBER")), null,
                DocumentDirection.SALES, LogoValues.date(slip.get("DATE")), LogoValues.text(slip.get("ARP_CODE")),
                null, status, LogoValues.text(slip.get("ORDER_STATUS")), "TRY", TradeLines.read(slip),
                TradeLines.stated(slip), LogoValues.text(slip.get("NOTES1")), LogoValues.changedAt(slip));
    }

    /** The {@code salesOrders} record of {@code order}; lines checked and totalled by {@link DocumentTotals}. */
    public static ObjectNode toSlip(String operation, Order order) {
        if (order.direction() != null && order.direction() != DocumentDirection.SALES) {
            throw Invalid.field(operation, "direction", order.direction() + " orders are not mapped yet; sales"
                    + " orders only");
        }
        return TradeLines.slip(operation, SALES_ORDER, order, order.number(), order.date(), order.partyCode(),
                order.note());
    }
}
