package dev.kopru.dia.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.connector.kit.http.EnvelopeReader;
import dev.kopru.connector.kit.http.RetryAfter;
import dev.kopru.connector.kit.http.VendorFailures;
import dev.kopru.connector.kit.http.VendorResponse;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DİA's answer (dia.md §2): a JSON object whose string {@code code} decides, whatever the HTTP status; {@code "200"}
 * is a success (the whole answer: {@code msg}, {@code result}, {@code key}, {@code extra}), any other code a typed
 * failure in DİA's words. An answer without a {@code code} is judged by its HTTP status, 419 being DİA's session
 * time-out. Every answered billable call is counted, as DİA bills it.
 */
final class DiaEnvelope implements EnvelopeReader<JsonNode> {

    private static final Pattern COMBO = Pattern.compile("^Kombo değeri geçersiz \\((\\S+) -> ");
    /** PostgreSQL's texts behind DİA name a column this way: {@code null value in column "unvan" violates ...}. */
    private static final Pattern COLUMN = Pattern.compile("column \"([A-Za-z0-9_]+)\"");
    private static final Pattern MISSING_LINK = Pattern.compile("^Kayıt bulunamadı \\((\\S+) → ");

    private final ObjectMapper json;
    private final VendorFailures failures = VendorFailures.of("DİA");
    private final Clock clock;
    private final AtomicLong billed = new AtomicLong();

    DiaEnvelope(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Override
    public JsonNode read(VendorOperation operation, VendorResponse response) {
        DiaOperation op = (DiaOperation) operation;
        JsonNode answer = response.jsonOrNull(json);
        JsonNode code = answer == null ? null : answer.get("code");
        if (code == null || !code.isValueNode()) {
            if (response.status() == 419) {
                throw expired(op, "HTTP 419");
            }
            if (!response.success()) {
                throw failures.fromStatus(op, response.status(), response.text(),
                        RetryAfter.of(response.header("Retry-After"), clock, Duration.ofSeconds(60)));
            }
            throw failures.unreadable(op, response.status(), answer == null ? "not JSON" : "no code");
        }
        String value = code.asText();
        String msg = answer.path("msg").isValueNode() ? answer.path("msg").asText() : null;
        if (op.billable() && !value.equals("401") && !value.equals("419") && !value.equals("406")) {
            billed.incrementAndGet();
        }
        if (value.equals("200")) {
            return answer;
        }
        throw refusal(op, value, msg == null ? "(no msg)" : msg);
    }

    /** How many answered calls DİA billed through this reader. */
    long billed() {
        return billed.get();
    }

    private ConnectorException refusal(DiaOperation op, String code, String msg) {
        String method = op.methodName();
        String said = method + ": DİA answered code " + code + ": " + VendorFailures.abbreviate(msg);
        return switch (code) {
            case "401" -> msg.equals("INVALID_SESSION") ? expired(op, msg)
                    : new ConnectorException.AuthRejected(method, said, msg);
            case "419" -> expired(op, msg);
            case "402", "405" -> new ConnectorException.AuthRejected(method, said + " (licence)", msg);
            case "406" -> new ConnectorException.QuotaExhausted(method, "kontör bitti: DİA refused " + method
                    + " with CREDIT_ERROR (" + VendorFailures.abbreviate(msg) + "); buy kontör for this API key, then"
                    + " resume", msg);
            case "400" -> invalid(op, said, msg);
            // FAILURE: DİA refused the operation or a parameter; its Python/PostgreSQL errors come this way too.
            case "500" -> new ConnectorException.Validation(method, field(msg), said, msg);
            default -> code.startsWith("4") ? new ConnectorException.Validation(method, null, said, msg)
                    : failures.serverFailed(op, "code " + code, msg);
        };
    }

    private static ConnectorException invalid(DiaOperation op, String said, String msg) {
        Matcher missing = MISSING_LINK.matcher(msg);
        if (missing.find()) {
            String model = missing.group(1);
            if (op.byKey() && op.service().startsWith(model + "_")) {
                return new ConnectorException.NotFound(op.methodName(), said, msg);
            }
            return new ConnectorException.Validation(op.methodName(), "_key_" + model, said, msg);
        }
        return new ConnectorException.Validation(op.methodName(), field(msg), said, msg);
    }

    /** The field DİA's text names, where it names one. */
    static String field(String msg) {
        Matcher combo = COMBO.matcher(msg);
        if (combo.find()) {
            return combo.group(1);
        }
        if (msg.startsWith("Kalem bilgisi girilmelidir")) {
            return "m_kalemler";
        }
        Matcher column = COLUMN.matcher(msg);
        return column.find() ? column.group(1) : null;
    }

    private static ConnectorException.AuthExpired expired(DiaOperation op, String msg) {
        return new ConnectorException.AuthExpired(op.methodName(), op.methodName() + ": the DİA session expired ("
                + msg + ")", msg);
    }
}
