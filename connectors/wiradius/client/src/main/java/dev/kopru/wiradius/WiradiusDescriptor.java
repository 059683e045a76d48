package dev.kopru.wiradius;

import static dev.kopru.core.connector.Operation.GET;
import static dev.kopru.core.connector.Operation.INCREMENTAL_LIST;
import static dev.kopru.core.connector.Operation.LIST;

import dev.kopru.connector.kit.config.ConfigSpec;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.CursorKind;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.EntitySupport;
import dev.kopru.core.connector.Limits;
import dev.kopru.wiradius.client.WiradiusConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the Wiradius connector supports (reads only, as the service) and how it is configured. */
public final class WiradiusDescriptor {

    /**
     * Writes a pipeline run sends at once: Wiradius documents no concurrency [inference]: a few writers, it is a small
     * billing server.
     */
    public static final int CONCURRENT_WRITES = 4;
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** The service's page: "Her istekte en fazla 1000 adet kayıt listelenecektir". */
    public static final int MAX_PAGE_SIZE = 1000;

    public static final String BASE_URL = "baseUrl";
    public static final String API_CODE = "apiCode";
    public static final String UNIQ_CODE = "uniqCode";
    public static final String HISTORY_MONTHS = "historyMonths";
    public static final String LOOK_BACK_DAYS = "lookBackDays";
    public static final String REQUEST_TIMEOUT = "requestTimeout";
    public static final String FORM_ENCODING = "formEncoding";

    /** The connection's fields, declared once: the descriptor, the factory's binding and the docs come from here. */
    public static final ConfigSpec<WiradiusSettings> CONFIG = ConfigSpec.<WiradiusSettings>builder("wiradius")
            .optionalText(BASE_URL, "the service's host as Wiradius e-mailed it (the examples use"
                    + " https://ws.wiradius.com)", WiradiusConfig.VENDOR_URL, (s, v) -> s.client().baseUrl(v))
            .secret(API_CODE, "the operator's api_code, the last path segment of every service URL",
                    (s, v) -> s.client().apiCode(v))
            .secret(UNIQ_CODE, "the operator's uniq_code, sent as a form field of every request",
                    (s, v) -> s.client().uniqCode(v))
            .optionalText(FORM_ENCODING, "multipart (as the vendor's examples) or urlencoded", "multipart",
                    WiradiusSettings::formEncoding)
            .wholeNumber(HISTORY_MONTHS, "how many months back a first read of movements, payments and invoices"
                    + " goes", false, Reading.DEFAULTS.historyMonths(), WiradiusSettings::historyMonths)
            .wholeNumber(LOOK_BACK_DAYS, "how many days before the end of the last read an incremental read starts"
                    + " again (records entered late with an earlier date)", false, Reading.DEFAULTS.lookBackDays(),
                    WiradiusSettings::lookBackDays)
            .duration(REQUEST_TIMEOUT, "how long one call may take; the vendor's sample allows 30 s",
                    Duration.ofSeconds(30), (s, v) -> s.client().requestTimeout(v))
            .build();

    private static final String DATED = " A first read covers historyMonths back to today; an incremental read is a"
            + " date-window cursor: records dated from the end of the last read less lookBackDays (Wiradius has no"
            + " change dates; the engine's content hashes drop records read twice). Filters: from, to (yyyy-MM-dd)";

    private WiradiusDescriptor() {
    }

    public static ConnectorDescriptor descriptor() {
        return new ConnectorDescriptor("wiradius", "Wiradius (ISP subscriber billing, accounting web service)", List.of(
                new EntitySupport(Entity.PARTY, Set.of(LIST, GET), CursorKind.NONE, List.of(),
                        "customer accounts (cari_list), newest first; key and code = cari_id. No change date: every"
                                + " read is a full read. The customer type (cari_tipi) decides the tax id: 1 (Firma"
                                + " Değil) a person with a TCKN, others a company with a VKN and tax office. get walks"
                                + " the list. Not given by Wiradius: role (read as customer), e-invoice status, postal"
                                + " code"),
                new EntitySupport(Entity.ACCOUNT_MOVEMENT, Set.of(LIST, INCREMENTAL_LIST),
                        CursorKind.CHANGE_DATE_AND_KEY, List.of(),
                        "customer movements (cari_trans), customer after customer, six-month windows; key ="
                                + " trans_id; documentNumber = invoice_id for an invoice." + DATED + ", cari_id"),
                new EntitySupport(Entity.PAYMENT, Set.of(LIST, INCREMENTAL_LIST), CursorKind.CHANGE_DATE_AND_KEY,
                        List.of(), "collections (tahsilat): the movements that credit a customer and are not"
                                + " invoices; key and number = trans_id; method from the description (card, bank,"
                                + " cash)." + DATED + ", cari_id"),
                new EntitySupport(Entity.INVOICE, Set.of(LIST, INCREMENTAL_LIST), CursorKind.CHANGE_DATE_AND_KEY,
                        List.of(), "sales then purchase invoices (invoice/list, one-month windows, pages of 1000)"
                                + " with their lines (invoice/rows, one call per invoice); key = invoice_id, number ="
                                + " invoice_no, eDocumentId = ettn. The telecom ÖİV is a TAX line after the line it"
                                + " taxes, with that line's VAT rate (ÖİV is in the VAT base), so totals reconcile"
                                + " with Wiradius's." + DATED + ", type (sell, buy)")),
                new Limits(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Optional.of(Duration.ofDays(31)), Optional.empty(),
                        CONCURRENT_WRITES),
                CONFIG.fields());
    }
}
