package dev.kopru.farmaborsa.sandbox;

/**
 * A seller's listing ("ilan"): a product of the catalogue offered in a quantity, at a price, with an expiry.
 *
 * @param kod     the listing code ({@code ilan} in IlanKaydet, {@code kod} in IlanlarimListesi)
 * @param seller  the seller's nick
 * @param urunErp the seller's own product code, or null
 */
record Listing(long kod, String seller, Product product, ListingTerms terms, String urunErp) {

    Listing withTerms(ListingTerms newTerms) {
        return new Listing(kod, seller, product, newTerms, urunErp);
    }

    Listing withUrunErp(String code) {
        return new Listing(kod, seller, product, terms, code);
    }

    /** The VAT rate of the listing, else of its product. */
    int kdv() {
        return terms.kdv() != null ? terms.kdv() : product.kdv();
    }

    /** Whether a buyer can order it now: published and in stock. */
    boolean orderable() {
        return terms.aktif() && terms.adet() > 0;
    }
}
