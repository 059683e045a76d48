package dev.kopru.farmaborsa.client;

import java.math.BigDecimal;

/**
 * One line of an order, FarmaBorsa's class {@code ilan} inside {@code siparisBilgi.ilanList} (farmaborsa.md §5.4).
 * {@code kod} identifies the line (the code SiparisMiktarDegistirerekOnaylaTalep takes); {@code birimFiyat} is VAT
 * included; {@code netFiyat} is {@code birimFiyat} without VAT, rounded per unit, and {@code netToplam} is
 * {@code netFiyat × adet}. {@code kargoUcretiUrunu} marks the shipping-fee line; the buyer's list lacks the field.
 */
public record SiparisIlan(int kod, Integer urun, String urunAd, String barkod, Integer kdv, String miad, int adet,
                          Boolean kargoUcretiUrunu, BigDecimal birimFiyat, BigDecimal netFiyat,
                          BigDecimal netToplam) {

    /** Whether this is the shipping fee the seller must invoice too. */
    public boolean kargoUcreti() {
        return Boolean.TRUE.equals(kargoUcretiUrunu);
    }
}
