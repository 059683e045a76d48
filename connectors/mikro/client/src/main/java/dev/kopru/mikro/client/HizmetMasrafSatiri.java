package dev.kopru.mikro.client;

import java.math.BigDecimal;

/**
 * A service or expense line of {@code AlimSatimEvragiKaydetV2} ({@code hizmet_masraf_detay[]}): the hizmet or masraf
 * card's code, its kind, quantity and net. The reference lists only the first three fields; {@code cha_aratoplam}
 * (the line's net, as KasaMasrafFisiKaydetV2's lines carry it) and {@code cha_vergi} (its VAT amount, as
 * {@code sth_vergi} on a stock line) are inferred.
 */
public record HizmetMasrafSatiri(String cha_kasa_hizkod, Integer cha_kasa_hizmet, BigDecimal cha_miktari,
                                 BigDecimal cha_aratoplam, BigDecimal cha_vergi, String cha_aciklama) {
}
