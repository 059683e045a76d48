package dev.kopru.dia;

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
import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the DİA connector supports and how it is configured; the server, CLI and docs render from this. */
public final class DiaDescriptor {

    /**
     * Writes a pipeline run sends at once: DİA's web service serves parallel sessions [inference]; 8, half of what we
     * allow Mikro, as it also meters credit per call.
     */
    public static final int CONCURRENT_WRITES = 8;
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** DİA documents no page cap [inference]; a page this large stays a few hundred kilobytes. */
    public static final int MAX_PAGE_SIZE = 500;
    /** {@code scf_fatura.turu} of a wholesale sales invoice, per an unconfirmed table (dia.md §7.3). */
    static final int DEFAULT_SALES_KIND = 3;
    /** {@code scf_fatura.turu} of a purchase invoice, per the same table. */
    static final int DEFAULT_PURCHASE_KIND = 1;

    private static final String CHANGES = "incremental reads follow _date (second resolution, Türkiye time) and _key";

    /** The connection's fields, declared once: the descriptor, the factory's binding and the docs come from here. */
    public static final ConfigSpec<DiaSettings> CONFIG = ConfigSpec.<DiaSettings>builder("dia")
            .text("baseUrl", "the DİA server, e.g. https://<sunucukodu>.ws.dia.com.tr; /api/v3/<module>/json is added",
                    (s, v) -> s.client().baseUrl(v))
            .text("username", "the DİA user the web service logs in as, e.g. ws", (s, v) -> s.client().username(v))
            .secret("password", "that user's password, sent at login only", (s, v) -> s.client().password(v))
            .secret("apiKey", "the API key DİA issued to the application; every call of the session is billed to it",
                    (s, v) -> s.client().apiKey(v))
            .wholeNumber("firmaKodu", "the firm's real code (firma_kodu), e.g. 34", true, null,
                    (s, v) -> s.client().firmaKodu(v))
            .wholeNumber("donemKodu", "the period's real code (donem_kodu), e.g. 1", true, null,
                    (s, v) -> s.client().donemKodu(v))
            .optionalText("lang", "the session's language", "tr", (s, v) -> s.client().lang(v))
            .optionalText("disconnectSameUser", "true ends this user's other DİA sessions at login", "false",
                    (s, v) -> s.client().disconnectSameUser(flag(v)))
            .duration("sessionIdle", "how long DİA keeps an unused session; the connector logs in again before then",
                    Duration.ofHours(1), (s, v) -> s.client().sessionIdle(v))
            .wholeNumber("salesKind", "turu of sales invoices, orders and dispatch notes (the reference's table"
                    + " is unconfirmed)", false, DEFAULT_SALES_KIND, DiaSettings::salesKind)
            .wholeNumber("purchaseKind", "turu of purchase invoices, orders and dispatch notes", false,
                    DEFAULT_PURCHASE_KIND, DiaSettings::purchaseKind)
            .build();

    private DiaDescriptor() {
    }

    private static boolean flag(String text) {
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new InvalidInputException("disconnectSameUser", "must be true or false, was '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }

    public static ConnectorDescriptor descriptor() {
        return new ConnectorDescriptor("dia", "DİA ERP (web service v3)", List.of(
                new EntitySupport(Entity.PARTY, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE, UPDATE,
                        DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("code", "taxId"),
                        "cari cards (scf_carikart); key = _key, code = carikartkodu, taxId = verginumarasi (VKN) or"
                                + " tckimlikno (TCKN); " + CHANGES + "; list rows carry"
                                + " no address (get has it); the tax office is linked by its kod; currency and the"
                                + " e-invoice flag are not mapped"),
                new EntitySupport(Entity.ITEM, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE, UPDATE,
                        DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("code"),
                        "stock cards (scf_stokkart, written as TCR); key = _key, code = stokkartkodu; " + CHANGES
                                + "; barcodes only on get; sale price, stock on hand, brand, category and expiry are"
                                + " not mapped (the reference names no such fields)"),
                new EntitySupport(Entity.INVOICE, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE,
                        DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("number"),
                        "invoices (scf_fatura with m_kalemler); key = _key, number = belgeno; " + CHANGES
                                + "; each listed invoice is got by key for its lines (one more billed call each);"
                                + " line discounts, units, warehouses and the due date are not mapped"),
                new EntitySupport(Entity.ORDER, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY, CREATE,
                        DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("number"),
                        "orders (scf_siparis with m_kalemler, taken to share the invoice's fields); key = _key, number"
                                + " = belgeno; " + CHANGES + "; each listed order is got by key; status is not mapped"),
                new EntitySupport(Entity.DISPATCH_NOTE, Set.of(LIST, INCREMENTAL_LIST, GET, FIND_BY_NATURAL_KEY,
                        CREATE, DELETE), CursorKind.CHANGE_DATE_AND_KEY, List.of("number"),
                        "dispatch notes (scf_irsaliye with m_kalemler, taken to share the invoice's fields); key ="
                                + " _key, number = belgeno; " + CHANGES + "; each listed note is got by key"),
                new EntitySupport(Entity.BALANCE, Set.of(LIST, GET), CursorKind.PAGE_TOKEN, List.of(),
                        "per cari card from scf_carikart_hesapdurumu_getir (answer members: inference): debit, credit"
                                + " and debit − credit in TL; key = carikartkodu; one more billed call per card")),
                new Limits(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Optional.empty(), Optional.empty(), CONCURRENT_WRITES),
                CONFIG.fields());
    }
}
