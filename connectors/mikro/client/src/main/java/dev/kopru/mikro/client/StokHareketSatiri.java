package dev.kopru.mikro.client;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A stock movement line (a row of {@code STOK_HAREKETLERI}): an invoice line in {@code detay[]}, a dispatch-note
 * line in {@code satirlar[]}. {@code sth_tutar} is the line's net amount, {@code sth_vergi} its VAT amount.
 *
 * @param ek further columns (e.g. a configured natural-key column), sent as they are
 */
public record StokHareketSatiri(String sth_tarih, Integer sth_tip, Integer sth_cins, Integer sth_normal_iade,
                                Integer sth_evraktip, String sth_evrakno_seri, String sth_stok_kod,
                                Integer sth_cari_cinsi, String sth_cari_kodu, BigDecimal sth_miktar,
                                Integer sth_birim_pntr, BigDecimal sth_tutar, BigDecimal sth_vergi,
                                String sth_aciklama, Integer sth_giris_depo_no, Integer sth_cikis_depo_no,
                                @JsonIgnore Map<String, Object> ek) implements ExtraColumns {

    public StokHareketSatiri {
        ek = ExtraColumns.copy(ek);
    }
}
