package dev.kopru.farmaborsa.client;

import java.math.BigDecimal;

/**
 * One row of IlanlarimListesi's {@code ilanlarimList} (farmaborsa.md §5.3). {@code kod} is the listing code (the
 * {@code ilan} of IlanKaydet), {@code urun} the product id; {@code miad} is month precision ({@code "1-2022"}),
 * {@code miadText} the same as {@code "01-2022"}; {@code op} is an unexplained integer; {@code tutarAd} the price as
 * text ({@code "78.90 TL"}). The row carries neither the ERP code ({@code urunErp}) nor the VAT rate.
 */
public record IlanlarimSatiri(Integer sira, int kod, String urunAd, Integer adet, Integer maxAdet, Integer op,
                              BigDecimal tutar, Boolean borsadaGoster, Integer urun, String miad, String miadText,
                              Integer miadTip, String miadTipAd, String barkod, BigDecimal psf, String tutarAd,
                              String resimUrl) {
}
