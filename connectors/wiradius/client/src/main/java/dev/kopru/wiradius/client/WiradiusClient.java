package dev.kopru.wiradius.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.http.Authentication;
import dev.kopru.connector.kit.http.VendorFailures;
import dev.kopru.connector.kit.http.VendorHttp;
import dev.kopru.connector.kit.http.VendorRequest;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.connector.kit.paging.DateWindows;
import dev.kopru.connector.kit.paging.Pages;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.input.InvalidInputException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A typed client of Wiradius's accounting web service (wiradius.md): one method per documented service, and streams
 * that cut any date range into the windows the service allows and follow its pages of 1000 to the empty page, lazily,
 * so that no range is ever held in memory.
 *
 * <p>Every request is a POST of form fields (multipart, as the vendor's examples, or urlencoded) to {@code /invoice/<service>/<api_code>}, with {@code uniq_code} in the
 * body and every value trimmed. Failure semantics, for every method: a {@link ConnectorException}: only
 * {@code "status": "success"} succeeds; a refused {@code api_code}, {@code uniq_code} or client IP is
 * {@link ConnectorException.AuthRejected}; "not found" is {@link ConnectorException.NotFound}; any other refusal is
 * {@link ConnectorException.Validation} with Wiradius's message and the field it names; no answer or a 5xx is
 * {@link ConnectorException.Transient} (every service is a read). Each call is sent once; retries belong to the
 * caller's chain. Messages never carry either secret. Thread-safe.
 */
public final class WiradiusClient {

    private final WiradiusConfig config;
    private final ObjectMapper json = VendorJson.mapper();
    private final VendorHttp http;
    private final WiradiusEnvelope envelope;

    public WiradiusClient(WiradiusConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        VendorFailures failures = VendorFailures.of("Wiradius");
        this.envelope = new WiradiusEnvelope(json, failures);
        this.http = VendorHttp.builder("Wiradius", config.baseUrl()).settings(config.http()).json(json)
                .failures(failures)
                .authentication(Authentication.signing(this::signed, () -> List.of(config.apiCode(), config.uniqCode())))
                .build();
    }

    public WiradiusConfig config() {
        return config;
    }

    // --- customers ---

    /** {@code cari_list}: page {@code page} (1-based, up to 1000 rows), all customers or those of {@code filter}. */
    public List<Cari> cariList(int page, Bakiye filter) {
        if (page < 1) {
            throw new InvalidInputException("page", "must be at least 1, was " + page);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("page", Integer.toString(page));
        if (filter != null) {
            fields.put("will_borrow", Integer.toString(filter.code()));
        }
        return rows(call(WiradiusOperation.CARI_LIST, fields), Cari.class);
    }

    /** Every customer (of {@code filter}, or all when null), page after page to the empty page, as consumed. */
    public Stream<Cari> cariler(Bakiye filter) {
        return Pages.untilEmpty(page -> cariList(page, filter));
    }

    // --- movements ---

    /** {@code cari_trans}: the movements of customer {@code cariId} in one window of at most six months. */
    public List<CariHareket> cariTrans(String cariId, LocalDate begin, LocalDate end) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("begin_datetime", begin.toString());
        fields.put("cari_id", requireId("cari_id", cariId));
        fields.put("end_datetime", end.toString());
        return rows(call(WiradiusOperation.CARI_TRANS, fields), CariHareket.class);
    }

    /** The movements of {@code cariId} within {@code [from, to]}, six-month window after window, as consumed. */
    public Stream<CariHareket> hareketler(String cariId, LocalDate from, LocalDate to) {
        return DateWindows.split(from, to, WiradiusDates.MOVEMENT_WINDOW).stream()
                .flatMap(w -> cariTrans(cariId, w.from(), w.to()).stream());
    }

    // --- invoices ---

    /**
     * {@code invoice/list}: one page of the invoices of {@code type} dated within {@code [begin, end]}, of customer
     * {@code cariId} or of all (null); the window may be one month, six with a customer.
     */
    public List<Fatura> invoiceList(FaturaTipi type, LocalDate begin, LocalDate end, String cariId, int page) {
        Objects.requireNonNull(type, "type");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("begin_datetime", begin.toString());
        if (cariId != null) {
            fields.put("cari_id", requireId("cari_id", cariId));
        }
        fields.put("end_datetime", end.toString());
        fields.put("page", Integer.toString(page));
        fields.put("type", type.wire());
        return rows(call(WiradiusOperation.INVOICE_LIST, fields), Fatura.class);
    }

    /**
     * The invoices of {@code type} within {@code [from, to]}, oldest first: window after window (one month, or six
     * with {@code cariId}), page after page to the empty page, fetched as the stream is consumed.
     */
    public Stream<Fatura> faturalar(FaturaTipi type, LocalDate from, LocalDate to, String cariId) {
        return DateWindows.split(from, to, invoiceWindow(cariId)).stream()
                .flatMap(w -> Pages.untilEmpty(page -> invoiceList(type, w.from(), w.to(), cariId, page)));
    }

    /** The longest range one {@code invoice/list} call may ask for. */
    public static Period invoiceWindow(String cariId) {
        return cariId == null ? WiradiusDates.INVOICE_WINDOW : WiradiusDates.CUSTOMER_INVOICE_WINDOW;
    }

    /** {@code invoice/rows}: the lines of invoice {@code invoiceId}; an unknown invoice is NotFound. */
    public List<FaturaSatiri> invoiceRows(String invoiceId) {
        return rows(call(WiradiusOperation.INVOICE_ROWS, Map.of("invoice_id", requireId("invoice_id", invoiceId))),
                FaturaSatiri.class);
    }

    // --- raw ---

    /**
     * {@code op} with the caller's own fields (text, or JSON written as text) and the connection's credentials; the
     * whole answer, {@code {"status":"success","data":...}}, when it succeeds.
     */
    public JsonNode raw(WiradiusOperation op, ObjectNode body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.properties().forEach(e -> fields.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        fields.remove("uniq_code");
        JsonNode data = call(op, fields);
        ObjectNode answer = json.createObjectNode().put("status", "success");
        answer.set("data", data);
        return answer;
    }

    private JsonNode call(WiradiusOperation op, Map<String, String> fields) {
        return http.call(op, config.multipart() ? VendorRequest.postMultipart(op.path(), fields)
                : VendorRequest.postForm(op.path(), fields), envelope);
    }

    /** The operator's secrets: {@code api_code} ends the path, {@code uniq_code} joins the fields; all trimmed. */
    private VendorRequest signed(VendorOperation op, VendorRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        VendorRequest.Body.Form form = (VendorRequest.Body.Form) request.body();
        form.fields().forEach((name, value) -> fields.put(name, value == null ? "" : value.trim()));
        fields.put("uniq_code", config.uniqCode());
        String code = URLEncoder.encode(config.apiCode(), StandardCharsets.UTF_8).replace("+", "%20");
        return request.withPath(request.path() + code).withBody(new VendorRequest.Body.Form(fields, form.multipart()));
    }

    /** {@code data} as rows: an array, or the object a PHP associative array becomes. */
    private <T> List<T> rows(JsonNode data, Class<T> type) {
        List<T> rows = new ArrayList<>();
        if (data.isArray() || (data.isObject() && data.valueStream().allMatch(JsonNode::isObject))) {
            data.valueStream().forEach(row -> rows.add(json.convertValue(row, type)));
        } else if (data.isObject()) {
            rows.add(json.convertValue(data, type));
        }
        return rows;
    }

    private static String requireId(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
        return value.trim();
    }

    @Override
    public String toString() {
        return "WiradiusClient{" + config + "}";
    }
}
