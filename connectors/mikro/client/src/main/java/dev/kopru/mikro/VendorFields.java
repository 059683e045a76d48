package dev.kopru.mikro;

import dev.kopru.connector.kit.http.CanonicalFields;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Mikro refuses in its own column names ({@code cha_kod}); callers write canonical records ({@code partyCode}).
 * A refusal is re-issued naming the canonical field, with the Mikro column and the vendor's words kept.
 */
final class VendorFields {

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("cari_kod", "code"), Map.entry("cari_unvan1", "name"), Map.entry("cari_vdaire_no", "taxId"),
            Map.entry("cari_vdaire_adi", "taxOffice"), Map.entry("cari_email", "email"),
            Map.entry("cari_ceptel", "phone"), Map.entry("cari_doviz_cinsi1", "currency"),
            Map.entry("sto_kod", "code"), Map.entry("sto_isim", "name"), Map.entry("sto_birim1_ad", "unit"),
            Map.entry("sto_perakende_vergi", "vatRate"), Map.entry("bar_kodu", "barcodes"),
            Map.entry("sfiyat_fiyati", "salePrice"),
            Map.entry("cha_kod", "partyCode"), Map.entry("sth_cari_kodu", "partyCode"),
            Map.entry("sip_musteri_kod", "partyCode"), Map.entry("sth_stok_kod", "lines.itemCode"),
            Map.entry("sip_stok_kod", "lines.itemCode"), Map.entry("sth_miktar", "lines.quantity"),
            Map.entry("sip_miktar", "lines.quantity"), Map.entry("cha_tarihi", "date"), Map.entry("sth_tarih", "date"),
            Map.entry("sip_tarih", "date"), Map.entry("cha_evrakno_seri", "series"),
            Map.entry("sth_evrakno_seri", "series"), Map.entry("sip_evrakno_seri", "series"),
            Map.entry("cha_kasa_hizkod", "account"), Map.entry("cha_meblag", "amount"),
            Map.entry("cha_belge_no", "number"), Map.entry("sth_belge_no", "number"), Map.entry("sip_belge_no", "number"));

    private VendorFields() {
    }

    private static final CanonicalFields FIELDS = new CanonicalFields("Mikro",
            field -> CANONICAL.get(field.toLowerCase(java.util.Locale.ROOT)));

    /** Runs a client call, translating a vendor refusal's field; everything else passes through. */
    static <R> R canonical(Supplier<R> call) {
        return FIELDS.translating(call);
    }
}
