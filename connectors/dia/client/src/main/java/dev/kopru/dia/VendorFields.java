package dev.kopru.dia;

import dev.kopru.connector.kit.http.CanonicalFields;
import java.util.Map;

/** DİA's field names as the canonical fields callers write, for the kit to rename refusals by. */
final class VendorFields {

    static final CanonicalFields CANONICAL = new CanonicalFields("DİA", Map.ofEntries(
            Map.entry("carikartkodu", "code"), Map.entry("unvan", "name"), Map.entry("carikarttipi", "role"),
            Map.entry("verginumarasi", "taxId"), Map.entry("tckimlikno", "taxId"),
            Map.entry("_key_sis_vergidairesi", "taxOffice"), Map.entry("eposta", "email"),
            Map.entry("telefon1", "phone"), Map.entry("durum", "active"), Map.entry("m_adresler", "address"),
            Map.entry("stokkartkodu", "code"), Map.entry("aciklama", "name"), Map.entry("birim", "unit"),
            Map.entry("kdv", "vatRate"), Map.entry("m_birimler", "barcodes"),
            Map.entry("_key_scf_carikart", "partyCode"), Map.entry("belgeno", "number"), Map.entry("tarih", "date"),
            Map.entry("_key_sis_doviz", "currency"), Map.entry("m_kalemler", "lines"),
            Map.entry("_key_scf_stokkart", "lines.itemCode"), Map.entry("_key_scf_hizmetkart", "lines.itemCode"))::get);

    private VendorFields() {
    }
}
