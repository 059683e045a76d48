package dev.kopru.farmaborsa.client;

import dev.kopru.connector.kit.operation.VendorOperation;
import java.util.Optional;

/**
 * The eleven documented operations (farmaborsa.md §5), with the path casing the reference gives for each; the
 * server matches paths case-insensitively. {@code write} operations change data and are never retried by the client.
 */
public enum FarmaBorsaOperation implements VendorOperation {
    ILAN_KAYDET("/api/Entegre/IlanKaydet", true),
    URUN_TALEP_DURUM("/api/Entegre/UrunTalepDurum", false),
    ILANLARIM_LISTESI("/api/Entegre/IlanlarimListesi", false),
    SIPARIS_LISTESI("/api/Entegre/SiparisListesi", false),
    SATIS_DURUM_BAZINDA_SATIS_LISTESI("/api/Entegre/satisDurumBazindaSatisListesi", false),
    SIPARIS_ONAY_IPTAL_ISLEM("/api/Entegre/SiparisOnayIptalIslem", true),
    // Creates the cargo label and fills the order's cargo fields: an effect, so a write.
    KARGO_LINKI_OLUSTURMA("/api/Entegre/KargoLinkiOlusturma", true),
    SIPARIS_LISTESI_ALICI("/api/Entegre/SiparisListesiAlici", false),
    SIPARIS_MIKTAR_DEGISTIREREK_ONAYLA_TALEP("/api/Entegre/SiparisMiktarDegistirerekOnaylaTalep", true),
    // Documented without "/api" (seed 003), probably a slip; the other form is tried when the server has no route.
    SAT_FATURA_KAYDET("/Entegre/SatFaturaKaydet", true, "/api/Entegre/SatFaturaKaydet"),
    URUN_ERP_KAYDETME("/api/Entegre/UrunErpKaydetme", true);

    private final String path;
    private final boolean write;
    private final String fallbackPath;

    FarmaBorsaOperation(String path, boolean write) {
        this(path, write, null);
    }

    FarmaBorsaOperation(String path, boolean write, String fallbackPath) {
        this.path = path;
        this.write = write;
        this.fallbackPath = fallbackPath;
    }

    /** The documented path, e.g. {@code /api/Entegre/IlanKaydet}. */
    public String path() {
        return path;
    }

    /** The path tried when the documented one answers HTTP 404 without a FarmaBorsa envelope (no route). */
    public Optional<String> fallbackPath() {
        return Optional.ofNullable(fallbackPath);
    }

    /** The operation's name as FarmaBorsa spells it, used in every message. */
    @Override
    public String methodName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public boolean write() {
        return write;
    }
}
