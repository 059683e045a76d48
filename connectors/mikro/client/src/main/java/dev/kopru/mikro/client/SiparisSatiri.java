package dev.kopru.mikro.client;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An order line (a row of {@code SIPARISLER}). {@code sip_b_fiyat} is the unit price, {@code sip_tutar} the line
 * net amount; {@code sip_vergi} (the line's VAT amount) is a SIPARISLER column the SiparisKaydetV2 page does not list
 * (it lists {@code sip_vergi_pntr}), so it is an inference.
 *
 * @param ek further columns (e.g. a configured natural-key column), sent as they are
 */
public record SiparisSatiri(String sip_tarih, Integer sip_tip, Integer sip_cins, String sip_evrakno_seri,
                            String sip_musteri_kod, String sip_stok_kod, BigDecimal sip_miktar,
                            Integer sip_birim_pntr, BigDecimal sip_b_fiyat, BigDecimal sip_tutar,
                            BigDecimal sip_vergi, Integer sip_depono, String sip_aciklama,
                            @JsonIgnore Map<String, Object> ek) implements ExtraColumns {

    public SiparisSatiri {
        ek = ExtraColumns.copy(ek);
    }
}
