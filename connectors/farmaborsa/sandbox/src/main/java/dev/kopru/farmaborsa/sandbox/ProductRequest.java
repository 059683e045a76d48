package dev.kopru.farmaborsa.sandbox;

import java.time.Instant;

/**
 * A product-card request ("Ürün Kartı Talebi", farmaborsa.md §5.1-5.2): a listing for a barcode the catalogue lacks,
 * waiting for FarmaBorsa to create the product card. Approval creates the card and publishes the listing.
 *
 * @param ilan the listing made on approval, 0 before
 */
record ProductRequest(long urunTalep, String seller, String barkod, String urunErp, ListingTerms terms,
                      Instant created, State state, long ilan, String reason) {

    enum State { PENDING, APPROVED, REJECTED }

    ProductRequest approved(long listing) {
        return new ProductRequest(urunTalep, seller, barkod, urunErp, terms, created, State.APPROVED, listing, null);
    }

    ProductRequest rejected(String why) {
        return new ProductRequest(urunTalep, seller, barkod, urunErp, terms, created, State.REJECTED, 0, why);
    }
}
