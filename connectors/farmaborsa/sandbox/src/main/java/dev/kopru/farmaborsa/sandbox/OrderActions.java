package dev.kopru.farmaborsa.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The seller's actions on an order (farmaborsa.md §5.6, §5.7, §5.9, §5.10): confirm or cancel, cargo link,
 * confirm with changed quantities, invoice URL. An order of another seller is answered as not found.
 */
final class OrderActions {

    private final Market market;
    private final FarmaBorsaSandboxOptions options;
    private final Supplier<String> linkBase;

    OrderActions(Market market, FarmaBorsaSandboxOptions options, Supplier<String> linkBase) {
        this.market = market;
        this.options = options;
        this.linkBase = linkBase;
    }

    /** SiparisOnayIptalIslem: {@code iptal} false confirms a new order; true cancels with reason 7, 8 or 10. */
    ObjectNode confirmOrCancel(Call call) {
        Body body = call.body();
        long satisKod = satisKod(body);
        boolean iptal = body.bool("iptal").orElse(false);
        int reason = body.integer("satisDurumDegistirmeSebep").orElse(0);
        String aciklama = body.text("aciklama").orElse(null);
        return market.apply(state -> {
            Order order = order(state, call, satisKod);
            state.putOrder(iptal ? OrderRules.cancel(state, order, reason, aciklama) : OrderRules.confirm(order));
            return Wire.ok();
        });
    }

    /**
     * KargoLinkiOlusturma: the same link every time for an order; made for confirmed (or later) orders only,
     * unless that switch is off; never for a cancelled one. Fills {@code kargoBarkod} and {@code kargoAd}.
     */
    ObjectNode cargoLink(Call call) {
        long satisKod = satisKod(call.body());
        return market.apply(state -> {
            Order order = order(state, call, satisKod);
            boolean tooEarly = options.cargoLinkNeedsConfirmation() && order.status() == OrderStatus.NEW;
            if (order.status() == OrderStatus.CANCELLED || tooEarly) {
                throw new Refusal(Messages.CANNOT_LINK_CARGO);
            }
            if (!order.hasCargoLabel()) {
                order = order.withCargo(CargoLabel.barcode(satisKod), CargoLabel.CARRIER);
            }
            if (options.cargoLinkShips() && order.status() == OrderStatus.CONFIRMED) {
                order = order.withStatus(OrderStatus.SHIPPED);
            }
            state.putOrder(order);
            return Wire.ok().put("link", linkBase.get() + CargoLabel.path(satisKod));
        });
    }

    /** SiparisMiktarDegistirerekOnaylaTalep: confirms a new order with lower quantities; {@code link} is null. */
    ObjectNode changeQuantities(Call call) {
        long satisKod = satisKod(call.body());
        String list = call.body().text("satisMiktarOnayList")
                .orElseThrow(() -> Refusal.required("satisMiktarOnayList"));
        Map<Long, Integer> wanted = QuantityList.parse(list);
        return market.apply(state -> {
            Order order = order(state, call, satisKod);
            state.putOrder(OrderRules.changeQuantities(state, order, wanted));
            ObjectNode answer = Wire.ok();
            answer.putNull("link");
            return answer;
        });
    }

    /** SatFaturaKaydet: attaches the seller's invoice file URL, which the buyer then sees as {@code satFaturaUrl}. */
    ObjectNode invoice(Call call) {
        long satisKod = satisKod(call.body());
        String url = call.body().text("dosyaUrl").orElseThrow(() -> Refusal.required("dosyaUrl"));
        if (!isWebUrl(url)) {
            throw Refusal.invalid("dosyaUrl", "http(s) ile başlayan geçerli bir URL olmalıdır", url);
        }
        return market.apply(state -> {
            Order order = order(state, call, satisKod);
            if (order.status() == OrderStatus.CANCELLED) {
                throw new Refusal(Messages.CANNOT_INVOICE);
            }
            state.putOrder(order.withInvoice(url));
            return Wire.ok();
        });
    }

    private static long satisKod(Body body) {
        long satisKod = body.integer("satisKod").orElse(0);
        if (satisKod == 0) {
            throw Refusal.required("satisKod");
        }
        return satisKod;
    }

    private static Order order(MarketState state, Call call, long satisKod) {
        return state.sellerOrder(call.nick(), satisKod).orElseThrow(() -> new Refusal(Messages.ORDER_NOT_FOUND));
    }

    private static boolean isWebUrl(String text) {
        if (text.length() > 2_000) {
            return false;
        }
        try {
            URI uri = URI.create(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
