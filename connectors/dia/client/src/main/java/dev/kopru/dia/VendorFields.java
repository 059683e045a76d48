package dev.kopru.dia;

import dev.kopru.core.connector.ConnectorException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * DİA refuses in its own field names ({@code _key_scf_carikart}); callers write canonical records
 * ({@code partyCode}). A refusal is re-issued naming the canonical field, with DİA's field and words kept.
 */
final class VendorFields {

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("carikartkodu", "code"), Map.entry("unvan", "name"), Map.entry("carikarttipi", "role"),
            Map.entry("verginumarasi", "taxId"), Map.entry("tckimlikno", "taxId"),
            Map.entry("_key_sis_vergidairesi", "taxOffice"), Map.entry("eposta", "email"),
            Map.entry("telefon1", "phone"), Map.entry("durum", "active"), Map.entry("m_adresler", "address"),
            Map.entry("stokkartkodu", "code"), Map.entry("aciklama", "name"), Map.entry("birim", "unit"),
            Map.entry("kdv", "vatRate"), Map.entry("m_birimler", "barcodes"),
            Map.entry("_key_scf_carikart", "partyCode"), Map.entry("belgeno", "number"), Map.entry("tarih", "date"),
            Map.entry("_key_sis_doviz", "currency"), Map.entry("m_kalemler", "lines"),
            Map.entry("_key_scf_stokkart", "lines.itemCode"), Map.entry("_key_scf_hizmetkart", "lines.itemCode"));

    private VendorFields() {
    }

    /** Runs a client call, translating a vendor refusal's field; everything else passes through. */
    static <R> R canonical(Supplier<R> call) {
        try {
            return call.get();
        } catch (ConnectorException.Validation refused) {
            throw translate(refused);
        }
    }

    static ConnectorException.Validation translate(ConnectorException.Validation refused) {
        String dia = refused.field().orElse(null);
        String canonical = dia == null ? null : CANONICAL.get(dia);
        if (canonical == null) {
            return refused;
        }
        String said = refused.vendorMessage().orElse(refused.getMessage());
        return new ConnectorException.Validation(refused.operation(), canonical, refused.operation() + ": DİA refused "
                + canonical + " (DİA field " + dia + "): " + said, refused.vendorMessage().orElse(null));
    }
}
