package dev.kopru.mikro.client;

import java.math.BigDecimal;

/** A sale price of a stock card ({@code stoklar[].satis_fiyatlari[]}); {@code sfiyat_doviz} 0 = TL. */
public record StokSatisFiyati(Integer sfiyat_listesirano, Integer sfiyat_deposirano, Integer sfiyat_odemeplan,
                              Integer sfiyat_birim_pntr, Integer sfiyat_doviz, BigDecimal sfiyat_fiyati) {
}
