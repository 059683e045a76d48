package dev.kopru.farmaborsa.client;

import dev.kopru.connector.kit.http.VendorFailures;
import dev.kopru.core.connector.ConnectorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what FarmaBorsa answered (or failed to answer) into the SPI's outcomes. The rules, and why:
 * <ul>
 *   <li>{@code "hata": true} is authoritative whatever the HTTP status: the server looked at the request and refused
 *       it, so even a write was not applied. Its {@code mesaj} decides the outcome: bad credentials, the rate limit,
 *       "bulunamadı" (not found), else a validation naming the request field the message mentions.</li>
 *   <li>A write that may have reached the server and has no answer saying it was refused is <em>in doubt</em>:
 *       FarmaBorsa has no idempotency key, so only a look-up can tell.</li>
 *   <li>A connection that was never opened sent nothing, so it is transient even for a write.</li>
 * </ul>
 * The message texts are the sandbox's (farmaborsa.md §2 [inference]); the patterns are loose on purpose.
 */
final class FarmaBorsaFailures {

    private static final Pattern AUTH = Pattern.compile(
            "(?iu)kullan[ıi]c[ıi] ad[ıi]|parola|api ?key|yetkisiz|yetkiniz yok");
    private static final Pattern RATE = Pattern.compile(
            "(?iu)maksimum\\s*\\d+\\s*istek|istek (limit|s[ıi]n[ıi]r)|çok fazla istek|too many requests|rate limit");
    private static final Pattern NOT_FOUND = Pattern.compile("(?iu)bulunamad");
    /** Refusals that name no field but can only be about one (farmaborsa.md §5.1: the product cannot change). */
    private static final Pattern PRODUCT_CHANGE = Pattern.compile("(?iu)ürün değiştirilemez");
    private static final Set<String> CREDENTIALS = Set.of("nick", "parola", "apikey");
    /** The outcomes every vendor shares, worded for FarmaBorsa. */
    static final VendorFailures KIT = new VendorFailures("FarmaBorsa", "look the record up before sending it again");

    private FarmaBorsaFailures() {
    }

    /**
     * An answer with {@code "hata": true}.
     *
     * @param sentFields the request's own field names (credentials excluded), one of which the message may name
     */
    static ConnectorException fromHata(FarmaBorsaOperation op, int httpStatus, String mesaj, Duration retryAfter,
                                       Iterable<String> sentFields) {
        String method = op.methodName();
        String said = mesaj == null || mesaj.isBlank() ? "(no mesaj)" : mesaj;
        if (httpStatus == 429 || (mesaj != null && RATE.matcher(mesaj).find())) {
            Duration wait = retryAfter;
            return new ConnectorException.RateLimited(method, method + ": FarmaBorsa refused the call as over its"
                    + " rate limit (HTTP " + httpStatus + "): " + said + "; retry after " + wait, mesaj, wait);
        }
        if (httpStatus == 401 || httpStatus == 403 || (mesaj != null && AUTH.matcher(mesaj).find())) {
            return new ConnectorException.AuthRejected(method, method + ": FarmaBorsa refused the credentials: "
                    + said + "; check nick, parola and apiKey", mesaj);
        }
        if (mesaj != null && NOT_FOUND.matcher(mesaj).find()) {
            return new ConnectorException.NotFound(method, method + ": FarmaBorsa found no such record: " + said,
                    mesaj);
        }
        String field = mesaj == null ? null : fieldNamedBy(mesaj, sentFields);
        return new ConnectorException.Validation(method, field, method + ": FarmaBorsa refused the request"
                + (field == null ? "" : " [field " + field + "]") + ": " + said, mesaj);
    }

    /** The request field a refusal names ("urunAd zorunludur"), longest name first so "maxAdet" beats "adet". */
    static String fieldNamedBy(String mesaj, Iterable<String> sentFields) {
        if (PRODUCT_CHANGE.matcher(mesaj).find()) {
            return "barkod";
        }
        List<String> names = new ArrayList<>();
        sentFields.forEach(names::add);
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            if (CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                    .matcher(mesaj).find()) {
                return name;
            }
        }
        return null;
    }

    /** A non-2xx answer without a FarmaBorsa envelope. */
    static ConnectorException fromHttp(FarmaBorsaOperation op, int httpStatus, String bodyText, Duration retryAfter) {
        if (httpStatus == 404) {
            // No envelope: the route itself is unknown, so nothing was written.
            String said = bodyText == null || bodyText.isBlank() ? "(empty body)" : VendorFailures.abbreviate(bodyText);
            return new ConnectorException.NotFound(op.methodName(), op.methodName() + ": HTTP 404, the server has no"
                    + " method " + op.path() + " (wrong base URL?)", said);
        }
        return KIT.fromStatus(op, httpStatus, bodyText, retryAfter);
    }
}
