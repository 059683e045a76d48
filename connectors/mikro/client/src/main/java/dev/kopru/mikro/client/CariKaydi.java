package dev.kopru.mikro.client;

import java.util.List;

/**
 * A customer/supplier card as Mikro names it (table {@code CARI_HESAPLAR}): sent by {@code CariKaydetV2} and
 * {@code CariGuncelleV2} (inside {@code Mikro.cariler}), returned by {@code CariListesiV2/V3}. Absent fields are
 * {@code null} and not sent. {@code cari_lastup_date} is only read (Mikro stamps it).
 *
 * @param cari_vdaire_no    VKN (10 digits) or TCKN (11 digits)
 * @param cari_doviz_cinsi1 currency code, 0 = TL; 2 and 3 are the optional second and third currencies, 255 = none
 */
public record CariKaydi(String cari_Guid, String cari_kod, String cari_unvan1, String cari_unvan2,
                        String cari_vdaire_adi, String cari_vdaire_no, Integer cari_doviz_cinsi1,
                        Integer cari_doviz_cinsi2, Integer cari_doviz_cinsi3, String cari_EMail, String cari_CepTel,
                        Integer cari_efatura_fl, String cari_lastup_date, List<CariAdres> adres) {
}
