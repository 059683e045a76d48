package dev.kopru.farmaborsa.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import java.util.Arrays;
import java.util.Optional;

/**
 * The operations of {@code /api/Entegre/} (farmaborsa.md §5), with what each answers around {@code hata}/{@code
 * mesaj}: an error keeps the operation's other output fields at their .NET defaults (0, or null for lists and links,
 * as G4 shows {@code "ilanlarimList": null}).
 */
enum Operation {
    ILAN_KAYDET("IlanKaydet", true, Shape.LISTING_SAVE),
    URUN_TALEP_DURUM("UrunTalepDurum", false, Shape.PRODUCT_REQUEST),
    ILANLARIM_LISTESI("IlanlarimListesi", false, Shape.LISTINGS),
    SIPARIS_LISTESI("SiparisListesi", false, Shape.ORDERS),
    SATIS_DURUM_BAZINDA_SATIS_LISTESI("satisDurumBazindaSatisListesi", false, Shape.STATUS_COUNTS),
    SIPARIS_ONAY_IPTAL_ISLEM("SiparisOnayIptalIslem", true, Shape.PLAIN),
    KARGO_LINKI_OLUSTURMA("KargoLinkiOlusturma", true, Shape.LINK),
    SIPARIS_LISTESI_ALICI("SiparisListesiAlici", false, Shape.ORDERS),
    SIPARIS_MIKTAR_DEGISTIREREK_ONAYLA_TALEP("SiparisMiktarDegistirerekOnaylaTalep", true, Shape.LINK),
    SAT_FATURA_KAYDET("SatFaturaKaydet", true, Shape.PLAIN),
    URUN_ERP_KAYDETME("UrunErpKaydetme", true, Shape.PLAIN),
    /** Seen only in a public client's code (farmaborsa.md §5.12): unverified, served unless switched off. */
    ILAN_HIZLI_DUZENLE("IlanHizliDuzenle", true, Shape.PLAIN),
    /** Seen only in a public client's code (farmaborsa.md §5.13): unverified, served unless switched off. */
    URUN_SIL("UrunSil", true, Shape.PLAIN);

    /** The output fields besides {@code hata} and {@code mesaj}. */
    enum Shape { LISTING_SAVE, PRODUCT_REQUEST, LISTINGS, ORDERS, STATUS_COUNTS, LINK, PLAIN }

    private final String path;
    private final boolean write;
    private final Shape shape;

    Operation(String path, boolean write, Shape shape) {
        this.path = path;
        this.write = write;
        this.shape = shape;
    }

    /** The name as documented, e.g. {@code satisDurumBazindaSatisListesi}. */
    String path() {
        return path;
    }

    /** Whether it changes data (the kit's lose-response knobs apply to writes only). */
    boolean write() {
        return write;
    }

    boolean unverified() {
        return this == ILAN_HIZLI_DUZENLE || this == URUN_SIL;
    }

    /** The operation a path segment names, ignoring case as ASP.NET routing does. */
    static Optional<Operation> find(String name) {
        return Arrays.stream(values()).filter(op -> op.path.equalsIgnoreCase(name)).findFirst();
    }

    /** {@code {"hata":true,"mesaj":…}} with the operation's other fields at their defaults, in the model's order. */
    ObjectNode error(String mesaj) {
        ObjectNode body = SandboxJson.object();
        switch (shape) {
            case LISTING_SAVE -> body.put("urunTalep", 0).put("urun", 0).put("ilan", 0);
            case PRODUCT_REQUEST -> body.put("urunTalep", 0).put("ilan", 0);
            default -> {
                // the list and link fields follow hata/mesaj
            }
        }
        body.put("hata", true).put("mesaj", mesaj);
        switch (shape) {
            case LISTINGS -> body.putNull(Wire.LISTINGS);
            case ORDERS -> body.putNull(Wire.ORDERS);
            case STATUS_COUNTS -> body.putNull(Wire.STATUS_COUNTS);
            case LINK -> body.putNull("link");
            default -> {
                // no more fields
            }
        }
        return body;
    }
}
