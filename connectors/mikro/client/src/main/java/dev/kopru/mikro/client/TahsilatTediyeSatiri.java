package dev.kopru.mikro.client;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One line of a receipt or payment (a row of {@code CARI_HESAP_HAREKETLERI}). Mikro documents {@code cha_meblag}
 * as a string amount and {@code cha_vade} as a {@code yyyyMMdd} string here, unlike on invoices, so they are strings.
 *
 * @param ek further columns (e.g. a configured natural-key column), sent as they are
 */
public record TahsilatTediyeSatiri(String cha_tarihi, Integer cha_tip, Integer cha_cinsi, Integer cha_normal_Iade,
                                   Integer cha_evrak_tip, String cha_evrakno_seri, Integer cha_cari_cins,
                                   String cha_kod, Integer cha_d_cins, BigDecimal cha_d_kur, Integer cha_kasa_hizmet,
                                   String cha_kasa_hizkod, String cha_vade, String cha_meblag, String cha_aciklama,
                                   @JsonIgnore Map<String, Object> ek) implements ExtraColumns {

    public TahsilatTediyeSatiri {
        ek = ExtraColumns.copy(ek);
    }
}
