package dev.kopru.farmaborsa.sandbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The marketplace's data: catalogue, listings, product-card requests and orders, with their number sequences.
 * Not thread-safe: only {@link Market} touches it, under its lock. Records are immutable; a change replaces one.
 */
final class MarketState {

    private final Map<Long, Product> products = new HashMap<>();
    private final Map<String, Product> productsByBarcode = new HashMap<>();
    private final TreeMap<Long, Listing> listings = new TreeMap<>();
    private final TreeMap<Long, ProductRequest> requests = new TreeMap<>();
    private final TreeMap<Long, Order> orders = new TreeMap<>();
    private long nextProduct = 40_001;
    private long nextListing = 100_001;
    private long nextRequest = 1_001;
    private long nextOrder = 500_001;
    private long nextLine = 20_001;

    /** Where the number sequences start; the golden set needs 84381, 1207, 550015. */
    void startSequences(long product, long listing, long request, long order, long line) {
        nextProduct = product;
        nextListing = listing;
        nextRequest = request;
        nextOrder = order;
        nextLine = line;
    }

    // --- catalogue ---

    void addProduct(Product product) {
        products.put(product.urun(), product);
        if (!product.barkod().isEmpty()) {
            productsByBarcode.put(product.barkod(), product);
        }
    }

    Product newProduct(String barkod, String urunAd, int kdv, String kategoriAd, String markaAd, String resimUrl) {
        Product product = new Product(nextProduct++, barkod, urunAd, kdv, kategoriAd, markaAd, resimUrl);
        addProduct(product);
        return product;
    }

    Optional<Product> productByBarcode(String barkod) {
        return Optional.ofNullable(productsByBarcode.get(barkod));
    }

    int productCount() {
        return products.size();
    }

    Stream<Product> products() {
        return products.values().stream();
    }

    // --- listings ---

    Listing newListing(String seller, Product product, ListingTerms terms, String urunErp) {
        Listing listing = new Listing(nextListing++, seller, product, terms, urunErp);
        listings.put(listing.kod(), listing);
        return listing;
    }

    void putListing(Listing listing) {
        listings.put(listing.kod(), listing);
    }

    void removeListing(long kod) {
        listings.remove(kod);
    }

    /** The seller's listing {@code kod}; another seller's listing is as absent as a missing one. */
    Optional<Listing> listing(String seller, long kod) {
        return Optional.ofNullable(listings.get(kod)).filter(l -> l.seller().equalsIgnoreCase(seller));
    }

    /** Every listing of the seller, by code. */
    List<Listing> listings(String seller) {
        return listings.values().stream().filter(l -> l.seller().equalsIgnoreCase(seller)).toList();
    }

    Stream<Listing> allListings() {
        return listings.values().stream();
    }

    /** Moves a listing's stock by {@code delta} (an order takes, a cancellation gives back); gone listings stay gone. */
    void moveStock(long kod, int delta) {
        Listing listing = listings.get(kod);
        if (listing != null) {
            listing = listing.withTerms(listing.terms().withAdet(Math.max(0, listing.terms().adet() + delta)));
            listings.put(kod, listing);
        }
    }

    // --- product-card requests ---

    ProductRequest newRequest(String seller, String barkod, String urunErp, ListingTerms terms, Instant now) {
        ProductRequest request = new ProductRequest(nextRequest++, seller, barkod, urunErp, terms, now,
                ProductRequest.State.PENDING, 0, null);
        requests.put(request.urunTalep(), request);
        return request;
    }

    void putRequest(ProductRequest request) {
        requests.put(request.urunTalep(), request);
    }

    Optional<ProductRequest> request(long urunTalep) {
        return Optional.ofNullable(requests.get(urunTalep));
    }

    Stream<ProductRequest> requests() {
        return requests.values().stream();
    }

    // --- orders ---

    long nextLineKod() {
        return nextLine++;
    }

    Order newOrder(String seller, Buyer buyer, LocalDateTime tarih, List<OrderLine> lines) {
        Order order = Order.placed(nextOrder++, seller, buyer, tarih, lines);
        orders.put(order.satisKod(), order);
        return order;
    }

    void putOrder(Order order) {
        orders.put(order.satisKod(), order);
    }

    Optional<Order> order(long satisKod) {
        return Optional.ofNullable(orders.get(satisKod));
    }

    /** The seller's order {@code satisKod}; another seller's order is as absent as a missing one. */
    Optional<Order> sellerOrder(String seller, long satisKod) {
        return order(satisKod).filter(o -> o.seller().equalsIgnoreCase(seller));
    }

    /** Every order, by satisKod. */
    Stream<Order> orders() {
        return orders.values().stream();
    }
}
