package dev.kopru.farmaborsa.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a seller says about a listing in IlanKaydet (farmaborsa.md §5.1): everything but the product, which a listing
 * keeps for life.
 *
 * @param miad   the expiry date when {@code miadTip} is 1, else null
 * @param tutar  unit price, VAT included, at kuruş scale
 * @param kdv    VAT rate in whole percent, or null when the seller did not say (the product's rate applies)
 * @param psf    public sale price, or null
 */
record ListingTerms(String urunAd, int adet, int maxAdet, boolean maxAdetGorunsun, int miadTip, LocalDate miad,
                    BigDecimal tutar, boolean aktif, boolean borsadaGoster, String resimUrl, Integer kdv,
                    BigDecimal psf, String kategoriAd, String markaAd, BigDecimal maliyet, boolean oneCikan, int op) {

    ListingTerms withAdet(int newAdet) {
        return new ListingTerms(urunAd, newAdet, maxAdet, maxAdetGorunsun, miadTip, miad, tutar, aktif,
                borsadaGoster, resimUrl, kdv, psf, kategoriAd, markaAd, maliyet, oneCikan, op);
    }
}
