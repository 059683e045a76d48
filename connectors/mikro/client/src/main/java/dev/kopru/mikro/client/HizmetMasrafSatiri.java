package dev.kopru.mikro.client;

import java.math.BigDecimal;

/** A service or expense line of {@code AlimSatimEvragiKaydetV2} ({@code hizmet_masraf_detay[]}). */
public record HizmetMasrafSatiri(String cha_kasa_hizkod, Integer cha_kasa_hizmet, BigDecimal cha_miktari,
                                 BigDecimal cha_aratoplam, String cha_aciklama) {
}
