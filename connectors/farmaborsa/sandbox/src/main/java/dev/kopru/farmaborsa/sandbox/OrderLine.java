package dev.kopru.farmaborsa.sandbox;

import dev.kopru.core.money.Vat;
import dev.kopru.core.money.VatRate;
import java.math.BigDecimal;

/**
 * A line of an order (farmaborsa.md §5.4 {@code ilan}). Money follows §6.7: {@code birimFiyat} is VAT included;
 * {@code netFiyat} = birimFiyat / (1 + kdv/100) half-up to kuruş; {@code netToplam} = netFiyat × adet.
 *
 * @param kod     the line's own code: what SiparisMiktarDegistirerekOnaylaTalep's "kod-adet" pairs name
 * @param listing the listing ordered from (0 for the shipping fee); its stock moves with the line
 * @param miad    expiry as the buyer saw it, {@code MM-yyyy}, or empty
 */
record OrderLine(long kod, long listing, long urun, String urunAd, String barkod, int kdv, String miad, int adet,
                 boolean shippingFee, BigDecimal birimFiyat) {

    OrderLine withAdet(int newAdet) {
        return new OrderLine(kod, listing, urun, urunAd, barkod, kdv, miad, newAdet, shippingFee, birimFiyat);
    }

    BigDecimal netFiyat() {
        return Vat.excluded(birimFiyat, VatRate.of(kdv), Vat.AMOUNT_SCALE);
    }

    BigDecimal netToplam() {
        return netFiyat().multiply(BigDecimal.valueOf(adet)).setScale(Vat.AMOUNT_SCALE, Vat.ROUNDING);
    }

    /** What the buyer pays for the line, VAT included. */
    BigDecimal gross() {
        return birimFiyat.multiply(BigDecimal.valueOf(adet)).setScale(Vat.AMOUNT_SCALE, Vat.ROUNDING);
    }

    /** The line's VAT: what the buyer pays minus the net, so net + VAT = gross on every line. */
    BigDecimal vat() {
        return gross().subtract(netToplam());
    }
}
