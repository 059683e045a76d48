package dev.kopru.mikro;

import static dev.kopru.core.connector.Operation.CREATE;
import static dev.kopru.core.connector.Operation.DELETE;
import static dev.kopru.core.connector.Operation.FIND_BY_NATURAL_KEY;
import static dev.kopru.core.connector.Operation.GET;
import static dev.kopru.core.connector.Operation.INCREMENTAL_LIST;
import static dev.kopru.core.connector.Operation.LIST;
import static dev.kopru.core.connector.Operation.UPDATE;

import dev.kopru.connector.kit.config.ConfigSpec;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.CursorKind;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.EntitySupport;
import dev.kopru.core.connector.Limits;
import dev.kopru.mikro.mapping.DocumentSettings;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the Mikro connector supports and how it is configured; the server, CLI and docs render from this. */
public final class MikroDescriptor {

    /**
     * Writes a pipeline run sends at once: Mikro's API serves parallel callers (its IIS service has no documented
     * per-account cap) [inference]; 16 keeps a margin.
     */
    public static final int CONCURRENT_WRITES = 16;
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;

    public static final String BASE_URL = "baseUrl";
    public static final String API_KEY = "apiKey";
    public static final String FIRMA_KODU = "firmaKodu";
    public static final String CALISMA_YILI = "calismaYili";
    public static final String REPORT_YEARS = "reportYears";
    public static final String KULLANICI_KODU = "kullaniciKodu";
    public static final String PASSWORD = "password";
    public static final String FIRMA_NO = "firmaNo";
    public static final String SUBE_NO = "subeNo";
    public static final String DOCUMENT_SERIES = "documentSeries";
    public static final String NATURAL_KEY_COLUMN = "naturalKeyColumn";
    public static final String RATE_LIMIT_PERMITS = "rateLimitPermits";
    public static final String RATE_LIMIT_PERIOD = "rateLimitPeriod";

    private static final String SQL_READ = "read through SqlVeriOkuV2 (Mikro has no list or get method for it); "
            + "pages by key, so no incremental read";

    /** The connection's fields, declared once: the descriptor, the factory's binding and the docs come from here. */
    public static final ConfigSpec<MikroSettings> CONFIG = ConfigSpec.<MikroSettings>builder("mikro")
            .text(BASE_URL, "the Mikro API's URL, e.g. http://mikro-host:8094 (v17) or :8084 (v16)",
                    (s, v) -> s.client().baseUrl(v))
            .secret(API_KEY, "the licence ApiKey Mikro issued after the API application form",
                    (s, v) -> s.client().apiKey(v))
            .text(FIRMA_KODU, "the company code as shown in Mikro, e.g. MIKROFLY", (s, v) -> s.client().firmaKodu(v))
            .optionalText(CALISMA_YILI, "the working year, e.g. 2025; unset, the current year (Istanbul), which moves"
                    + " on at New Year; pipelines read and write this year", null, (s, v) -> s.client().calismaYili(v))
            .optionalText(REPORT_YEARS, "the working years SQL reports read, e.g. 2024,2025: the report runs in each"
                    + " and its rows come year by year, each starting with a CalismaYili column; unset, calismaYili"
                    + " alone", null, MikroSettings::reportYears)
            .text(KULLANICI_KODU, "the Mikro user code, e.g. SRV", (s, v) -> s.client().kullaniciKodu(v))
            .secret(PASSWORD, "the Mikro user's password; sent only as the daily MD5 hash",
                    (s, v) -> s.client().password(v))
            .wholeNumber(FIRMA_NO, "FirmaNo, where an operation takes it (0 when not set)", false, null,
                    (s, v) -> s.client().firmaNo(v))
            .wholeNumber(SUBE_NO, "SubeNo, the branch number (0 when not set)", false, null,
                    (s, v) -> s.client().subeNo(v))
            .optionalText(DOCUMENT_SERIES, "the series documents are numbered in when they carry none",
                    DocumentSettings.DEFAULT_SERIES, MikroSettings::documentSeries)
            .optionalText(NATURAL_KEY_COLUMN, "the cha_ column that stores the caller's document number (sth_/sip_"
                    + " follow); cha_belge_no is an inference from Mikro's schema",
                    DocumentSettings.DEFAULT_NATURAL_KEY_COLUMN, MikroSettings::naturalKeyColumn)
            .wholeNumber(RATE_LIMIT_PERMITS, "calls allowed per rateLimitPeriod where the server (or a proxy before it)"
                    + " limits them; Mikro documents no limit, so none unless set; shared by every user of the"
                    + " connection", false, null, MikroSettings::permits)
            .duration(RATE_LIMIT_PERIOD, "the rate limit's period", MikroSettings.RATE_LIMIT_PERIOD,
                    MikroSettings::period)
            .build();

    private MikroDescriptor() {
    }

    public static ConnectorDescriptor descriptor() {
        return descriptor(Optional.empty());
    }

    /** The descriptor of a connection configured with {@code rateLimit}, which the engine's rate limiter enforces. */
    public static ConnectorDescriptor descriptor(Optional<Limits.RateLimit> rateLimit) {
        return new ConnectorDescriptor("mikro", "Mikro Jump / Fly (Mikro Desktop API)", List.of(
                new EntitySupport(Entity.PARTY, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE, UPDATE),
                        CursorKind.CHANGE_DATE_AND_KEY, List.of("code", "taxId"),
                        "cari cards (CariListesiV3 / CariKaydetV2 / CariGuncelleV2); key = cari_kod; change dates have"
                                + " day resolution, so an incremental read re-reads the cursor's day; filters: code,"
                                + " taxId; role and active are not in Mikro's API; no delete method"),
                new EntitySupport(Entity.ITEM, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE),
                        CursorKind.CHANGE_DATE_AND_KEY, List.of("code", "barcode"),
                        "stock cards (StokListesiV2 / StokKaydetV2); key = sto_kod; day-resolution change dates;"
                                + " filter: code; found by code or by barcode (BARKOD_TANIMLARI through SqlVeriOkuV2);"
                                + " no update or delete method; whether the sale price includes VAT, brand, category"
                                + " and expiry are not mapped; onHand = incoming less outgoing stock movements"),
                new EntitySupport(Entity.INVOICE, Set.of(LIST, GET, FIND_BY_NATURAL_KEY, CREATE, DELETE),
                        CursorKind.PAGE_TOKEN, List.of("number"),
                        "sales invoices written with FaturaKaydetV2, deleted with AlimSatimEvragiSilV2, " + SQL_READ
                                + "; key = series-sequence; number is stored in the natural-key column"),
                new EntitySupport(Entity.ORDER, Set.of(LIST, GET, FIND_BY_NATURAL_KEY, CREATE),
                        CursorKind.PAGE_TOKEN, List.of("number"),
                        "sales orders written with SiparisKaydetV2, " + SQL_READ + "; status not mapped"),
                new EntitySupport(Entity.DISPATCH_NOTE, Set.of(LIST, GET, FIND_BY_NATURAL_KEY, CREATE),
                        CursorKind.PAGE_TOKEN, List.of("number"),
                        "sales dispatch notes written with IrsaliyeKaydetV2, " + SQL_READ),
                new EntitySupport(Entity.PAYMENT, Set.of(LIST, GET, FIND_BY_NATURAL_KEY, CREATE),
                        CursorKind.PAGE_TOKEN, List.of("number"),
                        "cash receipts written with TahsilatTediyeKaydetV3 (account = cash box code), " + SQL_READ
                                + "; payments made and non-cash methods are not mapped"),
                new EntitySupport(Entity.ACCOUNT_MOVEMENT, Set.of(LIST, GET), CursorKind.PAGE_TOKEN, List.of(),
                        "rows of CARI_HESAP_HAREKETLERI, key = cha_Guid, " + SQL_READ + "; filter: partyCode"),
                new EntitySupport(Entity.BALANCE, Set.of(LIST, GET), CursorKind.PAGE_TOKEN, List.of(),
                        "per party: debit (cha_tip 0), credit (cha_tip 1) and debit − credit, in TL; key = party"
                                + " code; " + SQL_READ)),
                new Limits(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Optional.empty(), rateLimit, CONCURRENT_WRITES),
                CONFIG.fields());
    }
}
