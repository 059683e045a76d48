package dev.kopru.farmaborsa.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The thread-safe marketplace: one lock around {@link MarketState}, and the events that time drives, applied
 * lazily before every access so that a settable clock makes them deterministic: product-card requests approved
 * {@code approvalDelay} after they were made, and the simulated buyer's steady orders every {@code buyerInterval}.
 * A long idle period places at most {@value #MAX_CATCH_UP} orders at once and skips the rest.
 */
final class Market {

    static final int MAX_CATCH_UP = 20;

    private final FarmaBorsaSandboxOptions options;
    private final Clock clock;
    private final SimulatedBuyer buyer;
    private MarketState state;
    private Duration approvalDelay;
    private Duration buyerInterval;
    private Instant nextBuyerOrder;
    private long simulated;

    Market(FarmaBorsaSandboxOptions options) {
        this.options = options;
        this.clock = options.clock();
        this.buyer = new SimulatedBuyer(options.demoSeed());
        reset();
    }

    /** Back to the seeded data and the options' settings. */
    synchronized void reset() {
        Instant now = clock.instant();
        simulated = 0;
        state = Seeding.seed(options, now, this::simulate);
        approvalDelay = options.productApprovalDelay();
        buyerInterval(options.buyerOrderInterval());
    }

    /** Runs {@code work} on the current state, after the events that are due. */
    synchronized <T> T apply(Function<MarketState, T> work) {
        advance();
        return work.apply(state);
    }

    synchronized Instant now() {
        return clock.instant();
    }

    // --- knobs ---

    synchronized Duration approvalDelay() {
        return approvalDelay;
    }

    /** {@code null}: requests wait for the admin API. */
    synchronized void approvalDelay(Duration delay) {
        advance();
        this.approvalDelay = delay;
    }

    synchronized Duration buyerInterval() {
        return buyerInterval;
    }

    /** {@code null}: no steady orders; otherwise the first comes one interval from now. */
    synchronized void buyerInterval(Duration interval) {
        this.buyerInterval = interval;
        this.nextBuyerOrder = interval == null ? null : clock.instant().plus(interval);
    }

    // --- admin actions ---

    /** Places up to {@code count} orders for {@code seller} now; fewer when its listings run out of stock. */
    synchronized List<Order> placeOrders(String seller, int count) {
        advance();
        List<Order> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<Order> order = simulate(state, seller, clock.instant());
            if (order.isEmpty()) {
                break;
            }
            placed.add(order.get());
        }
        return placed;
    }

    synchronized ProductRequest approve(long urunTalep) {
        advance();
        return approve(pending(urunTalep));
    }

    synchronized ProductRequest reject(long urunTalep, String reason) {
        advance();
        ProductRequest rejected = pending(urunTalep).rejected(reason);
        state.putRequest(rejected);
        return rejected;
    }

    /** The carrier's and the buyer's steps: 2 → 3 → 4 → 5, or a buyer's cancellation of a new/confirmed order. */
    synchronized Order moveOrder(long satisKod, OrderStatus to) {
        advance();
        Order order = state.order(satisKod).orElseThrow(() -> new NoSuchElementException(
                "order " + satisKod + " does not exist"));
        boolean allowed = order.status().next().filter(to::equals).isPresent()
                || (to == OrderStatus.CANCELLED && (order.status() == OrderStatus.NEW
                || order.status() == OrderStatus.CONFIRMED));
        if (!allowed) {
            throw new IllegalStateException("order " + satisKod + " cannot move from " + order.status().code()
                    + " to " + to.code() + " (allowed: 2→3→4→5, and 1 or 2 → 8)");
        }
        Order moved = to == OrderStatus.CANCELLED ? OrderRules.cancel(state, order, 10, "Alıcı iptal etti")
                : order.withStatus(to);
        state.putOrder(moved);
        return moved;
    }

    // --- time-driven events ---

    private void advance() {
        Instant now = clock.instant();
        if (approvalDelay != null) {
            state.requests().filter(r -> r.state() == ProductRequest.State.PENDING
                            && !r.created().plus(approvalDelay).isAfter(now))
                    .toList().forEach(this::approve);
        }
        if (nextBuyerOrder != null) {
            int placed = 0;
            while (!nextBuyerOrder.isAfter(now) && placed < MAX_CATCH_UP) {
                simulate(state, options.accounts().getFirst().nick(), nextBuyerOrder);
                nextBuyerOrder = nextBuyerOrder.plus(buyerInterval);
                placed++;
            }
            if (!nextBuyerOrder.isAfter(now)) {
                nextBuyerOrder = now.plus(buyerInterval);
            }
        }
    }

    private Optional<Order> simulate(MarketState target, String seller, Instant at) {
        LocalDateTime tarih = LocalDateTime.ofInstant(at, FarmaBorsaSandboxOptions.ISTANBUL)
                .truncatedTo(ChronoUnit.SECONDS);
        return buyer.place(target, seller, ++simulated, tarih);
    }

    private ProductRequest pending(long urunTalep) {
        ProductRequest request = state.request(urunTalep).orElseThrow(() -> new NoSuchElementException(
                "product-card request " + urunTalep + " does not exist"));
        if (request.state() != ProductRequest.State.PENDING) {
            throw new IllegalStateException("product-card request " + urunTalep + " is already "
                    + request.state().name().toLowerCase(java.util.Locale.ROOT));
        }
        return request;
    }

    /** FarmaBorsa creates the product card (unless another request made it meanwhile) and publishes the listing. */
    private ProductRequest approve(ProductRequest request) {
        ListingTerms terms = request.terms();
        Product product = state.productByBarcode(request.barkod()).orElseGet(() -> state.newProduct(
                request.barkod(), terms.urunAd(), terms.kdv() == null ? 10 : terms.kdv(), terms.kategoriAd(),
                terms.markaAd(), terms.resimUrl()));
        Listing listing = state.newListing(request.seller(), product, terms, request.urunErp());
        ProductRequest approved = request.approved(listing.kod());
        state.putRequest(approved);
        return approved;
    }
}
