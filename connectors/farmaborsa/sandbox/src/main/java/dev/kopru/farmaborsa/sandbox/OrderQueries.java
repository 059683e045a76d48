package dev.kopru.farmaborsa.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The order lists (farmaborsa.md §5.4, §5.5, §5.8). Both lists take {@code satisKod} (that sale only, whatever the
 * other filters say), {@code satisDurum} (the §3 table, where 0 means new + confirmed + shipped and 10 all
 * [inference for the seller's list, which documents neither]) and a {@code baslama}–{@code bitis} window in
 * {@code MM.dd.yyyy}. The seller's list is paged with {@code sayfa} (1-based, {@code orderPageSize} orders a page),
 * oldest order first so that new orders never move earlier pages [inference].
 */
final class OrderQueries {

    private final Market market;
    private final FarmaBorsaSandboxOptions options;

    OrderQueries(Market market, FarmaBorsaSandboxOptions options) {
        this.market = market;
        this.options = options;
    }

    /** SiparisListesi: the caller's sales. */
    ObjectNode sellerOrders(Call call) {
        Body body = call.body();
        int sayfa = body.integer("sayfa").orElse(0);
        if (sayfa < 0) {
            throw Refusal.invalid("sayfa", "1 veya daha büyük olmalıdır", sayfa);
        }
        Predicate<Order> filter = filter(body, order -> order.seller().equalsIgnoreCase(call.nick()));
        int size = options.orderPageSize();
        long skip = (long) (Math.max(1, sayfa) - 1) * size;
        List<Order> page = market.apply(state -> state.orders().filter(filter).skip(skip).limit(size).toList());
        return Wire.list(Wire.ORDERS, page.stream()
                .map(order -> Wire.sellerOrder(order, options.legacyVatBuckets())).toList());
    }

    /** SiparisListesiAlici: the caller's purchases, unpaged. */
    ObjectNode buyerOrders(Call call) {
        Predicate<Order> filter = filter(call.body(), order -> order.buyer().nick().equalsIgnoreCase(call.nick()));
        List<Order> orders = market.apply(state -> state.orders().filter(filter).toList());
        return Wire.list(Wire.ORDERS, orders.stream()
                .map(order -> Wire.buyerOrder(order, options.legacyVatBuckets())).toList());
    }

    /** satisDurumBazindaSatisListesi: how many of the caller's sales are in each status (shape invented). */
    ObjectNode statusCounts(Call call) {
        List<Order> orders = market.apply(state -> state.orders()
                .filter(order -> order.seller().equalsIgnoreCase(call.nick())).toList());
        ObjectNode body = Wire.ok();
        ArrayNode list = body.putArray(Wire.STATUS_COUNTS);
        for (OrderStatus status : OrderStatus.values()) {
            list.addObject().put("satisDurum", status.code()).put("satisDurumAd", status.label())
                    .put("adet", orders.stream().filter(order -> order.status() == status).count());
        }
        return body;
    }

    private static Predicate<Order> filter(Body body, Predicate<Order> mine) {
        long satisKod = body.integer("satisKod").orElse(0);
        if (satisKod != 0) {
            return mine.and(order -> order.satisKod() == satisKod);
        }
        Predicate<OrderStatus> status = status(body.integer("satisDurum").orElse(0));
        Optional<LocalDateTime> from = Dates.filter(body, "baslama", false);
        Optional<LocalDateTime> to = Dates.filter(body, "bitis", true);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new Refusal("baslama bitis'ten sonra olamaz: '" + body.shown("baslama") + "' > '"
                    + body.shown("bitis") + "'");
        }
        return mine.and(order -> status.test(order.status()))
                .and(order -> from.map(f -> !order.tarih().isBefore(f)).orElse(true))
                .and(order -> to.map(t -> !order.tarih().isAfter(t)).orElse(true));
    }

    private static Predicate<OrderStatus> status(int satisDurum) {
        if (satisDurum == 10) {
            return status -> true;
        }
        if (satisDurum == 0) {
            return OrderStatus::open;
        }
        OrderStatus wanted = OrderStatus.of(satisDurum).orElseThrow(() -> Refusal.invalid("satisDurum",
                "0, 1, 2, 3, 4, 5, 8 veya 10 olmalıdır", satisDurum));
        return status -> status == wanted;
    }
}
