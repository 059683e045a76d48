package dev.kopru.farmaborsa.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seller's moves on an order (farmaborsa.md §3, §5.6, §5.9) [inference for the states each move needs]:
 * confirm only a new order; cancel a new or confirmed one, with reason 7, 8 or 10; confirm with changed quantities
 * only a new order, naming every product line, lowering quantities only. Stock a move frees goes back to its
 * listing.
 */
final class OrderRules {

    /** {@code satisDurumDegistirmeSebep}: out of stock, a problem occurred, other. */
    static final Set<Integer> CANCEL_REASONS = Set.of(7, 8, 10);

    private OrderRules() {
    }

    static Order confirm(Order order) {
        if (order.status() != OrderStatus.NEW) {
            throw new Refusal(Messages.CANNOT_CONFIRM);
        }
        return order.withStatus(OrderStatus.CONFIRMED);
    }

    static Order cancel(MarketState state, Order order, int reason, String note) {
        if (!CANCEL_REASONS.contains(reason)) {
            throw Refusal.invalid("satisDurumDegistirmeSebep", "iptal için 7, 8 veya 10 olmalıdır", reason);
        }
        if (order.status() != OrderStatus.NEW && order.status() != OrderStatus.CONFIRMED) {
            throw new Refusal(Messages.CANNOT_CANCEL);
        }
        for (OrderLine line : order.lines()) {
            state.moveStock(line.listing(), line.adet());
        }
        return order.cancelled(reason, note);
    }

    /**
     * Confirms {@code order} with the quantities of {@code wanted} (line kod → adet). Lines that drop to 0 leave
     * the order. The shipping-fee line is not a product: it may be left out (it then stays as it is).
     */
    static Order changeQuantities(MarketState state, Order order, Map<Long, Integer> wanted) {
        if (order.status() != OrderStatus.NEW) {
            throw new Refusal(Messages.CANNOT_CONFIRM);
        }
        for (Long kod : wanted.keySet()) {
            if (order.lines().stream().noneMatch(line -> line.kod() == kod)) {
                throw new Refusal("satisMiktarOnayList siparişte olmayan bir kod içeriyor: " + kod);
            }
        }
        if (order.lines().stream().anyMatch(line -> !line.shippingFee() && !wanted.containsKey(line.kod()))) {
            throw new Refusal(Messages.ALL_LINES_REQUIRED);
        }
        List<OrderLine> kept = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            int adet = wanted.getOrDefault(line.kod(), line.adet());
            if (adet > line.adet()) {
                throw new Refusal("satisMiktarOnayList " + line.kod() + " için adet (" + adet
                        + ") siparişteki adetten (" + line.adet() + ") fazla olamaz");
            }
            if (adet > 0) {
                kept.add(line.withAdet(adet));
            }
        }
        if (kept.stream().noneMatch(line -> !line.shippingFee())) {
            throw new Refusal("satisMiktarOnayList tüm ürünleri 0 adet yapamaz; siparişi iptal ediniz");
        }
        for (OrderLine line : order.lines()) {
            state.moveStock(line.listing(), line.adet() - wanted.getOrDefault(line.kod(), line.adet()));
        }
        return order.withLines(kept).withStatus(OrderStatus.CONFIRMED);
    }
}
