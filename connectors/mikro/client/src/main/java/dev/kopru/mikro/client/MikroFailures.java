package dev.kopru.mikro.client;

import dev.kopru.connector.kit.http.RetryAfter;
import dev.kopru.connector.kit.http.VendorFailures;
import dev.kopru.core.connector.ConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Mikro answered (or failed to answer) into the SPI's outcomes. The rules, and why:
 * <ul>
 *   <li>A write that may have reached the server and has no answer saying it was refused is <em>in doubt</em>:
 *       Mikro has no idempotency key, so only a look-up by natural key can tell.</li>
 *   <li>A connection that was never opened sent nothing, so it is transient even for a write.</li>
 *   <li>The envelope's {@code StatusCode} decides over the HTTP status (the server may send 200 with an error).</li>
 *   <li>A 401 is not always the credentials: a failed SQL query is 401 too, told apart by its message.</li>
 * </ul>
 */
final class MikroFailures {

    private static final Pattern REQUIRED_FIELD =
            Pattern.compile("(\\S+) (?:alanı zorunludur|parametresi gönderilmelidir)");
    private static final Pattern PARTY_MISSING = Pattern.compile("(?iu)cari bulunamad");
    private static final Pattern ITEM_MISSING = Pattern.compile("(?iu)stok (kodu )?bulunamad");
    private static final Pattern COLUMN_NAME = Pattern.compile("\\b([a-z]{2,4}_[A-Za-z0-9_]+)\\b");
    private static final Pattern AUTH = Pattern.compile("(?iu)api ?key|ifre");
    private static final Pattern CONNECTION_ERROR = Pattern.compile("(?iu)^\\s*connection error\\s*-");
    /** SQL Server and Mikro answers to a query that will fail the same way every time. */
    private static final Pattern PERMANENT_SQL = Pattern.compile(
            "(?iu)select|invalid object name|invalid column name|incorrect syntax|syntax error|conversion"
                    + "|ambiguous column name|must be declared|multi-part identifier");
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

    private final Clock clock;
    private final VendorFailures kit = VendorFailures.of("Mikro");

    MikroFailures(Clock clock) {
        this.clock = clock;
    }

    /** The outcomes every vendor shares, worded for Mikro. */
    VendorFailures kit() {
        return kit;
    }

    ConnectorException fromEnvelope(MikroOperation op, int statusCode, String vendorMessage,
                                           Optional<String> retryAfterHeader) {
        String method = op.methodName();
        String said = vendorMessage == null || vendorMessage.isBlank() ? "(no message)" : vendorMessage;
        if (isQueryError(statusCode, vendorMessage) && vendorMessage.contains("Timeout")) {
            return new ConnectorException.Transient(method, method + ": the query ran out of time on Mikro's SQL"
                    + " Server (StatusCode " + statusCode + "): " + said, vendorMessage, null);
        }
        if (isQueryError(statusCode, vendorMessage)) {
            String field = op == MikroOperation.CARI_LISTESI_V2 ? "WhereStr" : "SQLSorgu";
            return new ConnectorException.Validation(method, field,
                    method + ": Mikro refused the query (StatusCode " + statusCode + ") [field " + field + "]: "
                            + said, vendorMessage);
        }
        if (statusCode == 401 || statusCode == 403 || (vendorMessage != null && AUTH.matcher(vendorMessage).find())) {
            return new ConnectorException.AuthRejected(method,
                    method + ": Mikro refused the credentials (StatusCode " + statusCode + "): " + said
                            + "; check ApiKey, FirmaKodu, CalismaYili, KullaniciKodu and the password", vendorMessage);
        }
        if (statusCode == 429) {
            Duration wait = retryAfter(retryAfterHeader);
            return new ConnectorException.RateLimited(method,
                    method + ": Mikro throttled the call (StatusCode 429): " + said + "; retry after " + wait,
                    vendorMessage, wait);
        }
        if (statusCode == 404) {
            return new ConnectorException.NotFound(method, method + ": Mikro found no such record: " + said,
                    vendorMessage);
        }
        if (statusCode < 500) {
            // Includes IsError with a non-error StatusCode: the server refused, and said so.
            return validation(op, statusCode, vendorMessage, said);
        }
        if (op == MikroOperation.SQL_VERI_OKU_V2 && vendorMessage != null
                && PERMANENT_SQL.matcher(vendorMessage).find()) {
            return new ConnectorException.Validation(method, "SQLSorgu",
                    method + ": Mikro refused the query (StatusCode " + statusCode + ") [field SQLSorgu]: " + said,
                    vendorMessage);
        }
        return kit.serverFailed(op, "StatusCode " + statusCode, said);
    }

    /**
     * Whether a 401 is SQL Server refusing the caller's query, not the credentials: real servers answer a bad column,
     * table or syntax with StatusCode 401 and the SQL message followed by {@code " - "}, while a credential refusal
     * says {@code connection error - }, names the api key or the password, or the working year (mikro.md §12.2).
     */
    static boolean isQueryError(int statusCode, String vendorMessage) {
        if (statusCode != 401 || vendorMessage == null || CONNECTION_ERROR.matcher(vendorMessage).find()
                || AUTH.matcher(vendorMessage).find()) {
            return false;
        }
        return vendorMessage.endsWith(" - ") || PERMANENT_SQL.matcher(vendorMessage).find();
    }

    private static ConnectorException.Validation validation(MikroOperation op, int statusCode, String vendorMessage,
                                                            String said) {
        String field = vendorMessage == null ? null : fieldNamedBy(op, vendorMessage);
        return new ConnectorException.Validation(op.methodName(), field,
                op.methodName() + ": Mikro refused the request (StatusCode " + statusCode + ")"
                        + (field == null ? "" : " [field " + field + "]") + ": " + said, vendorMessage);
    }

    /**
     * The Mikro field a refusal names: "x alanı zorunludur", "x parametresi gönderilmelidir", a missing cari or stok,
     * or any column name in it.
     */
    static String fieldNamedBy(MikroOperation op, String message) {
        Matcher required = REQUIRED_FIELD.matcher(message);
        if (required.find()) {
            return required.group(1);
        }
        if (PARTY_MISSING.matcher(message).find()) {
            return switch (op) {
                case CARI_KAYDET_V2, CARI_GUNCELLE_V2 -> "cari_kod";
                case SIPARIS_KAYDET_V2 -> "sip_musteri_kod";
                case IRSALIYE_KAYDET_V2 -> "sth_cari_kodu";
                default -> "cha_kod";
            };
        }
        if (ITEM_MISSING.matcher(message).find()) {
            return switch (op) {
                case STOK_KAYDET_V2 -> "sto_kod";
                case SIPARIS_KAYDET_V2 -> "sip_stok_kod";
                default -> "sth_stok_kod";
            };
        }
        Matcher column = COLUMN_NAME.matcher(message);
        return column.find() ? column.group(1) : null;
    }

    ConnectorException fromHttp(MikroOperation op, int httpStatus, String bodyText, Optional<String> retryAfterHeader) {
        if (httpStatus == 404) {
            // No envelope: the route itself is unknown (IIS-style 404), so nothing was written.
            String said = bodyText == null || bodyText.isBlank() ? "(empty body)" : VendorFailures.abbreviate(bodyText);
            return new ConnectorException.NotFound(op.methodName(), op.methodName() + ": HTTP 404, the server has no"
                    + " method " + op.path() + " (wrong base URL or a Mikro version without it)", said);
        }
        return kit.fromStatus(op, httpStatus, bodyText, retryAfter(retryAfterHeader));
    }

    Duration retryAfter(Optional<String> header) {
        return RetryAfter.of(header, clock, DEFAULT_RETRY_AFTER);
    }
}
