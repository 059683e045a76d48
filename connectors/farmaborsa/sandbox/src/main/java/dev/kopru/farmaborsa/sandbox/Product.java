package dev.kopru.farmaborsa.sandbox;

/**
 * A product card of FarmaBorsa's catalogue: listings are matched to it by barcode (farmaborsa.md §5.1).
 *
 * @param urun    the product id ({@code urun} in answers)
 * @param kdv     VAT rate in whole percent
 * @param resimUrl the product image, or null
 */
record Product(long urun, String barkod, String urunAd, int kdv, String kategoriAd, String markaAd, String resimUrl) {

    /** The shipping-fee item that order lines with {@code kargoUcretiUrunu: true} carry. */
    static final Product SHIPPING_FEE = new Product(1, "", "Kargo Ücreti", 20, "Kargo", null, null);
}
