package dev.kopru.mikro.client;

import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.connector.kit.sql.SqlField;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The Mikro operations this client calls, with the path casing the docs give for each (the server matches paths
 * case-insensitively, mikro.md §1). {@code write} operations change data and are never repeated by a transport or a raw call;
 * {@code firmaSube} operations document {@code FirmaNo}/{@code SubeNo} in their credential block; {@link #sqlFields}
 * are the request fields Mikro runs as SQL.
 */
public enum MikroOperation implements VendorOperation {
    HEALTH_CHECK("/Api/APIMethods/HealthCheck", Kind.GET, false, false),
    HEALTH_CHECK_2("/Api/APIMethods/HealthCheck2", Kind.GET, false, false),
    API_LOGIN("/Api/APIMethods/APILogin", Kind.READ, false, true),
    API_LOGOFF("/Api/apiMethods/APILogoff", Kind.READ, false, false),
    API_LOGOFF_V2("/Api/apiMethods/APILogoffV2", Kind.READ, false, false),
    CARI_LISTESI_V2("/Api/APIMethods/CariListesiV2", Kind.READ, false, false),
    CARI_LISTESI_V3("/Api/APIMethods/CariListesiV3", Kind.READ, false, false),
    CARI_KAYDET_V2("/API/APIMethods/CariKaydetV2", Kind.WRITE, false, false),
    CARI_GUNCELLE_V2("/API/APIMethods/CariGuncelleV2", Kind.WRITE, false, false),
    STOK_LISTESI_V2("/Api/APIMethods/StokListesiV2", Kind.READ, false, false),
    STOK_KAYDET_V2("/API/APIMethods/StokKaydetV2", Kind.WRITE, false, false),
    FATURA_KAYDET_V2("/api/APIMethods/FaturaKaydetV2", Kind.WRITE, false, false),
    FATURA_KAYDET_V3("/api/APIMethods/FaturaKaydetV3", Kind.WRITE, false, false),
    ALIM_SATIM_EVRAGI_KAYDET_V2("/Api/apiMethods/AlimSatimEvragiKaydetV2", Kind.WRITE, false, true),
    ALIM_SATIM_EVRAGI_SIL_V2("/Api/apiMethods/AlimSatimEvragiSilV2", Kind.WRITE, false, true),
    SIPARIS_KAYDET_V2("/Api/apiMethods/SiparisKaydetV2", Kind.WRITE, false, false),
    IRSALIYE_KAYDET_V2("/Api/apiMethods/IrsaliyeKaydetV2", Kind.WRITE, false, true),
    TAHSILAT_TEDIYE_KAYDET_V2("/Api/apiMethods/TahsilatTediyeKaydetV2", Kind.WRITE, false, true),
    TAHSILAT_TEDIYE_KAYDET_V3("/Api/apiMethods/TahsilatTediyeKaydetV3", Kind.WRITE, false, false),
    FATURA_PDF_V2("/API/APIMethods/FaturaPdfV2", Kind.READ, false, false),
    // Sends the invoice to the tax authority's network: an effect outside Mikro, so it is a write.
    FATURA_TO_EFATURA_V2("/Api/apiMethods/FaturaToEFaturaV2", Kind.WRITE, false, false),
    GELEN_FATURALAR_V2("/Api/apiMethods/GelenFaturalarV2", Kind.READ, false, false),
    GELEN_FATURA_PDF_V2("/API/APIMethods/GelenFaturaPdfV2", Kind.READ, false, false),
    /** Real clients call it (mikro.md §12.5); the path's casing is theirs, Mikro's pages do not list it. */
    EBELGE_XML_V2("/Api/APIMethods/EBelgeXmlV2", Kind.READ, false, false),
    EMUKELLEF_SORGULAMA_V2("/API/APIMethods/EMukellefSorgulamaV2", Kind.READ, false, false),
    EBELGE_DURUM_SORGULAMA_V2("/API/APIMethods/EBelgeDurumSorgulamaV2", Kind.READ, true, false),
    VERGI_LISTESI_V2("/Api/APIMethods/VergiListesiV2", Kind.READ, false, false),
    SQL_VERI_OKU_V2("/Api/apiMethods/SqlVeriOkuV2", Kind.READ, false, false),
    KAYIT_OKU_V2("/API/APIMethods/KayıtOkuV2", Kind.READ, true, false);

    enum Kind { GET, READ, WRITE }

    private final String path;
    private final Kind kind;
    private final boolean ownEnvelope;
    private final boolean firmaSube;

    MikroOperation(String path, Kind kind, boolean ownEnvelope, boolean firmaSube) {
        this.path = path;
        this.kind = kind;
        this.ownEnvelope = ownEnvelope;
        this.firmaSube = firmaSube;
    }

    /** The documented path, e.g. {@code /API/APIMethods/KayıtOkuV2}. */
    public String path() {
        return path;
    }

    /** The path as sent: each segment percent-encoded as UTF-8 ({@code Kay%C4%B1tOkuV2}). */
    public String encodedPath() {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.substring(1).split("/")) {
            encoded.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
        }
        return encoded.toString();
    }

    /** The method name as Mikro spells it, used in every message. */
    @Override
    public String methodName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public boolean write() {
        return kind == Kind.WRITE;
    }

    boolean get() {
        return kind == Kind.GET;
    }

    /** Answers with its own body shape instead of the {@code result[0]} envelope (mikro.md §4.2). */
    boolean ownEnvelope() {
        return ownEnvelope;
    }

    boolean firmaSube() {
        return firmaSube;
    }

    /** The request fields Mikro runs on SQL Server as they are: a caller's value passes the read-only SQL guard first. */
    @Override
    public Set<SqlField> sqlFields() {
        return switch (this) {
            case SQL_VERI_OKU_V2 -> Set.of(SqlField.query("SQLSorgu"));
            // Mikro builds its own SELECT over CARI_HESAPLAR from these (mikro.md §7): FieldName its columns,
            // WhereStr its WHERE, Sort its ORDER BY
            case CARI_LISTESI_V2 -> Set.of(SqlField.columns("FieldName"), SqlField.condition("WhereStr"),
                    SqlField.columns("Sort"));
            case CARI_LISTESI_V3, STOK_LISTESI_V2 -> Set.of(SqlField.columns("Sort"));
            default -> Set.of();
        };
    }
}
