package dev.kopru.mikro.client;

import java.util.List;

/**
 * A stock or service card as Mikro names it (table {@code STOKLAR}): sent by {@code StokKaydetV2} inside
 * {@code Mikro.stoklar}, returned by {@code StokListesiV2} in {@code Data.StokListesi}.
 *
 * @param sto_perakende_vergi retail VAT rate in percent, as the docs type it (examples use 18)
 * @param sto_toptan_vergi    wholesale VAT rate in percent
 */
public record StokKaydi(String sto_Guid, String sto_kod, String sto_isim, String sto_kisa_ismi, Integer sto_cins,
                        Integer sto_doviz_cinsi, String sto_birim1_ad, Integer sto_perakende_vergi,
                        Integer sto_toptan_vergi, String sto_lastup_date, List<StokBarkod> barkodlar,
                        List<StokSatisFiyati> satis_fiyatlari) {
}
