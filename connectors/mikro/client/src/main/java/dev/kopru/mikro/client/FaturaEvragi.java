package dev.kopru.mikro.client;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An invoice ({@code Mikro.evraklar[]} of {@code FaturaKaydetV2/V3} and {@code AlimSatimEvragiKaydetV2}): the
 * {@code cha_*} header (a row of {@code CARI_HESAP_HAREKETLERI}) with its {@code sth_*} stock lines in
 * {@code detay}. Dates are {@code dd.MM.yyyy}; {@code cha_vade} is days (0 = cash).
 *
 * @param cha_evrakno_sira only for {@code AlimSatimEvragiKaydetV2}; Mikro assigns it otherwise
 * @param ek               further header columns (e.g. a configured natural-key column), sent as they are
 */
public record FaturaEvragi(Integer cha_tip, Integer cha_cinsi, Integer cha_normal_Iade, Integer cha_evrak_tip,
                           Integer cha_cari_cins, Integer cha_d_cins, BigDecimal cha_d_kur, String cha_tarihi,
                           String cha_evrakno_seri, Integer cha_evrakno_sira, String cha_kod, Integer cha_vade,
                           Integer cha_subeno, String cha_aciklama, BigDecimal cha_aratoplam,
                           List<StokHareketSatiri> detay, List<HizmetMasrafSatiri> hizmet_masraf_detay,
                           @JsonIgnore Map<String, Object> ek) implements ExtraColumns {

    public FaturaEvragi {
        ek = ExtraColumns.copy(ek);
    }
}
