package dev.kopru.farmaborsa.sandbox;

import dev.kopru.testkit.demodata.DemoData;
import dev.kopru.testkit.demodata.DemoItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What a fresh or reset sandbox holds: the golden set of connectors/farmaborsa/golden/README.md and/or the demo
 * data. Demo items become the catalogue, except every fifth item ({@link #isUnknownDemoItem}), whose barcode the
 * catalogue does not know, so that listing it opens a product-card request. The first account lists most known
 * items, has a pending product-card request, orders in every status and two purchases of its own.
 */
final class Seeding {

    /** Places a simulated order for {@code seller} at {@code at}. */
    @FunctionalInterface
    interface Simulator {
        Optional<Order> place(MarketState state, String seller, Instant at);
    }

    /** The statuses demo orders cycle through, so every status has examples. */
    private static final List<OrderStatus> DEMO_STATUSES = List.of(OrderStatus.NEW, OrderStatus.NEW,
            OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.RECEIVED,
            OrderStatus.CANCELLED);

    /** Seeded orders: a quarter of the demo size, at most this many. */
    static final int MAX_DEMO_ORDERS = 200;

    /** A seller that is not an API account, from whom the demo account buys. */
    static final String OTHER_SELLER = "ornekecza";

    private Seeding() {
    }

    static MarketState seed(FarmaBorsaSandboxOptions options, Instant now, Simulator simulator) {
        MarketState state = new MarketState();
        if (options.goldenSet()) {
            GoldenSet.seed(state);
        }
        if (options.demoSize() > 0) {
            demo(state, options, now, simulator);
        }
        return state;
    }

    static boolean isUnknownDemoItem(int index) {
        return index % 5 == 4;
    }

    private static void demo(MarketState state, FarmaBorsaSandboxOptions options, Instant now, Simulator simulator) {
        DemoData data = DemoData.of(options.demoSeed(), options.demoSize());
        String seller = options.accounts().getFirst().nick();
        boolean requested = false;
        for (int i = 0; i < data.size(); i++) {
            DemoItem item = data.item(i);
            if (isUnknownDemoItem(i)) {
                if (!requested) {
                    state.newRequest(seller, item.barcode(), item.code(), terms(item, i), now);
                    requested = true;
                }
                continue;
            }
            Product product = state.newProduct(item.barcode(), item.name(), item.vatRate().intValueExact(),
                    item.category(), null, null);
            if (i % 3 != 2 && item.onHand() > 0) {
                state.newListing(seller, product, terms(item, i), i % 2 == 0 ? item.code() : null);
            }
        }
        // Each simulated order scans the seller's listings: a cap keeps a million-item data set quick to seed.
        int orders = Math.min(MAX_DEMO_ORDERS, Math.max(1, data.size() / 4));
        for (int k = 0; k < orders; k++) {
            Instant at = now.minus(orders - k, ChronoUnit.HOURS);
            OrderStatus status = DEMO_STATUSES.get(k % DEMO_STATUSES.size());
            simulator.place(state, seller, at).ifPresent(order -> state.putOrder(demoStatus(state, order, status)));
        }
        purchases(state, options.accounts().getFirst(), now);
    }

    /** A demo item as its listing: price VAT included, dated expiry for medicines, "over 12 months" otherwise. */
    private static ListingTerms terms(DemoItem item, int index) {
        boolean dated = item.expiryDate() != null;
        return new ListingTerms(item.name(), Math.min(item.onHand(), 500), index % 4 == 0 ? 10 : 0, index % 4 == 0,
                dated ? 1 : 3, item.expiryDate(), item.priceVatIncluded(), index % 7 != 6, index % 2 == 0, null,
                item.vatRate().intValueExact(), null, item.category(), null, null, false, 0);
    }

    private static Order demoStatus(MarketState state, Order order, OrderStatus status) {
        return switch (status) {
            case NEW -> order;
            case CANCELLED -> OrderRules.cancel(state, order, 7, "Stok bitti");
            case CONFIRMED -> order.withStatus(status);
            default -> order.withStatus(status).withCargo(CargoLabel.barcode(order.satisKod()), CargoLabel.CARRIER);
        };
    }

    /** Two orders the first account placed with another seller, for SiparisListesiAlici. */
    private static void purchases(MarketState state, FarmaBorsaSandboxOptions.Account account, Instant now) {
        List<Product> products = state.products().sorted((a, b) -> Long.compare(a.urun(), b.urun())).limit(2)
                .toList();
        if (products.isEmpty()) {
            return;
        }
        Buyer me = new Buyer(account.nick(), account.nick() + " Eczanesi", account.nick() + " Eczanesi",
                account.nick() + " Eczanesi", "Cumhuriyet Mah. Atatürk Cad. No:1 Çankaya/Ankara", "03120000000",
                "", "", "", account.nick() + "@example.com");
        LocalDateTime tarih = LocalDateTime.ofInstant(now, FarmaBorsaSandboxOptions.ISTANBUL)
                .truncatedTo(ChronoUnit.SECONDS);
        for (int k = 0; k < products.size(); k++) {
            Product product = products.get(k);
            OrderLine line = new OrderLine(state.nextLineKod(), 0, product.urun(), product.urunAd(), product.barkod(),
                    product.kdv(), "", 2, false, new BigDecimal("49.90"));
            Order order = state.newOrder(OTHER_SELLER, me, tarih.minusDays(k + 1L), List.of(line));
            state.putOrder(order.withStatus(k == 0 ? OrderStatus.CONFIRMED : OrderStatus.SHIPPED));
        }
    }
}
