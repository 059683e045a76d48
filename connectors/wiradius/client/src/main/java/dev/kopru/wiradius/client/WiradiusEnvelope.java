package dev.kopru.wiradius.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kopru.connector.kit.http.EnvelopeReader;
import dev.kopru.connector.kit.http.VendorFailures;
import dev.kopru.connector.kit.http.VendorResponse;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Wiradius's answer, {@code {"status": success|info|warning|danger, "data": ...}} (wiradius.md §3). Only
 * {@code success} is a success, whatever the HTTP status; its {@code data} is returned, and every form of empty
 * ({@code []}, {@code {}}, {@code ""}, {@code null}, no {@code data}) comes back as an empty array, the end of paging.
 * Any other status is a failure in Wiradius's words: a refused {@code api_code}, {@code uniq_code} or client IP
 * is {@link ConnectorException.AuthRejected}; "bulunamadı" (not found) is {@link ConnectorException.NotFound};
 * anything else is {@link ConnectorException.Validation} naming the request field the message names. An answer
 * without the envelope is judged by its HTTP status.
 */
record WiradiusEnvelope(ObjectMapper json, VendorFailures failures) implements EnvelopeReader<JsonNode> {

    /** The request fields a refusal may name; the first one its message contains is the field at fault. */
    static final List<String> FIELDS = List.of("begin_datetime", "end_datetime", "cari_id", "invoice_id",
            "will_borrow", "page", "type");

    @Override
    public JsonNode read(VendorOperation op, VendorResponse response) {
        JsonNode answer = response.jsonOrNull(json);
        JsonNode status = answer == null ? null : answer.get("status");
        if (status == null || !status.isTextual()) {
            if (!response.success()) {
                throw failures.fromStatus(op, response.status(), response.text(), Duration.ofMinutes(1));
            }
            throw failures.unreadable(op, response.status(), answer == null ? "not JSON" : "no status");
        }
        JsonNode data = answer.get("data");
        String outcome = status.asText().trim().toLowerCase(Locale.ROOT);
        if (outcome.equals("success")) {
            return empty(data) ? json.createArrayNode() : data;
        }
        if (!List.of("info", "warning", "danger").contains(outcome)) {
            throw failures.unreadable(op, response.status(), "unknown status '" + status.asText() + "'");
        }
        String message = data == null || data.isNull() ? "" : data.isTextual() ? data.asText() : data.toString();
        throw refusal(op, response.status(), outcome, message);
    }

    private ConnectorException refusal(VendorOperation op, int httpStatus, String outcome, String message) {
        String method = op.methodName();
        String said = method + ": Wiradius answered " + outcome + ": " + VendorFailures.abbreviate(message);
        // Locale.ROOT: in Turkish "IP" lower-cases to "ıp"
        String lower = message.toLowerCase(Locale.ROOT);
        if (httpStatus == 401 || httpStatus == 403 || lower.contains("uniq_code") || lower.contains("api_code")
                || lower.contains("ip adresi")) {
            return new ConnectorException.AuthRejected(method, said, message);
        }
        if (lower.contains("bulunamad")) {
            return new ConnectorException.NotFound(method, said, message);
        }
        // "Başlangıç ve bitiş tarihi arasında en fazla 6 ay olabilir": the range is too long, so the end is at fault.
        String field = FIELDS.stream().filter(message::contains).findFirst()
                .orElse(lower.contains("en fazla") ? "end_datetime" : lower.contains("tarih") ? "begin_datetime" : null);
        return new ConnectorException.Validation(method, field, said, message);
    }

    /** The reference says only "empty": every way PHP writes nothing counts. */
    static boolean empty(JsonNode data) {
        return data == null || data.isNull() || data.isMissingNode() || (data.isTextual() && data.asText().isBlank())
                || (data.isContainerNode() && data.isEmpty());
    }
}
