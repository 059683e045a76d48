package dev.kopru.dia.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.http.Authentication;
import dev.kopru.connector.kit.http.SessionAuthentication;
import dev.kopru.connector.kit.http.VendorHttp;
import dev.kopru.connector.kit.http.VendorRequest;
import dev.kopru.connector.kit.json.VendorJson;
import dev.kopru.connector.kit.operation.OperationCatalogue;
import dev.kopru.connector.kit.operation.RawCalls;
import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.RawOperations;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A typed client of the DİA web service v3 (dia.md). One session per client, opened on the first call, renewed once
 * when DİA says it expired ({@code INVALID_SESSION}, 419), one login at a time however many threads call, and
 * ended by {@link #close()}. The five service kinds of any model through {@link #model}; typed handles for cari,
 * stok and fatura; any service by name through {@link #call} and {@link #raw()}.
 *
 * <p>Failure semantics, for every method: a {@link ConnectorException}. Every call is sent once (only a request
 * that never left this machine is sent again); retries belong to the caller's chain. A write whose outcome is
 * unknown throws {@link ConnectorException.InDoubt}. DİA's refusals keep its own text; a missing kontör balance
 * ({@code CREDIT_ERROR}) is a {@link ConnectorException.QuotaExhausted}, so a caller stops instead of failing record
 * after record. Messages name the service and never a secret.
 */
public final class DiaClient implements AutoCloseable {

    /** What one billable call costs (dia.md §1). */
    public static final BigDecimal KONTOR_PER_CALL = new BigDecimal("0.0125");

    /** A session this close to its idle hour's end is renewed before it is used. */
    private static final Duration RENEW_MARGIN = Duration.ofMinutes(1);

    private final DiaConfig config;
    private final ObjectMapper json = VendorJson.mapper();
    private final DiaEnvelope envelope;
    private final SessionAuthentication<DiaSession.Id> session;
    private final VendorHttp http;
    private final RawCalls<DiaOperation> raw;

    public DiaClient(DiaConfig config) {
        this.config = config;
        this.envelope = new DiaEnvelope(json, config.clock());
        Authentication credentials = Authentication.signing((op, request) -> request,
                () -> List.of(config.password(), config.apiKey()));
        VendorHttp sessionCalls = VendorHttp.builder("DİA", config.baseUrl()).settings(config.http()).json(json)
                .authentication(credentials).build();
        this.session = new SessionAuthentication<>(new DiaSession(config, sessionCalls, envelope, credentials),
                config.clock(), RENEW_MARGIN, () -> List.of(config.password(), config.apiKey()));
        this.http = VendorHttp.builder("DİA", config.baseUrl()).settings(config.http()).json(json)
                .authentication(session).build();
        this.raw = new RawCalls<>(OperationCatalogue.open("DİA", DiaOperation.documented(), DiaOperation::new), json,
                this::call, RawCalls.Guard.none(), http::secrets);
    }

    public DiaConfig config() {
        return config;
    }

    // --- any service ---

    /**
     * Calls {@code op} with {@code params} (the service's parameters, without the session): {@code firma_kodu} and
     * {@code donem_kodu} are added from the config where the service needs them and {@code params} has none.
     *
     * @return DİA's whole answer ({@code code} "200", with {@code msg}, {@code result}, {@code key}, {@code extra})
     */
    public JsonNode call(DiaOperation op, ObjectNode params) {
        ObjectNode inner = json.createObjectNode();
        if (op.needsFirm()) {
            inner.put("firma_kodu", config.firmaKodu()).put("donem_kodu", config.donemKodu());
        }
        inner.setAll(params);
        ObjectNode body = json.createObjectNode();
        body.set(op.service(), inner);
        return http.call(op, VendorRequest.post(op.path(), body), envelope);
    }

    /** The five service kinds of {@code model} (e.g. {@code scf_siparis}), records as JSON. */
    public DiaModel<ObjectNode> model(String model) {
        return model(model, ObjectNode.class);
    }

    /** The five service kinds of {@code model}, records read into and written from {@code type}. */
    public <T> DiaModel<T> model(String model, Class<T> type) {
        return new DiaModel<>(this, json, model, type);
    }

    public DiaModel<CariKart> cari() {
        return model("scf_carikart", CariKart.class);
    }

    public DiaModel<StokKart> stok() {
        return model("scf_stokkart", StokKart.class);
    }

    public DiaModel<Fatura> fatura() {
        return model("scf_fatura", Fatura.class);
    }

    /** {@code scf_carikart_hesapdurumu_getir}: the account state of the cari with {@code key}. */
    public HesapDurumu hesapDurumu(long cariKey) {
        JsonNode result = call(new DiaOperation("scf_carikart_hesapdurumu_getir"),
                json.createObjectNode().put("key", cariKey)).path("result");
        return json.convertValue(result, HesapDurumu.class);
    }

    // --- account ---

    /** Opens the session now if there is none (a connection test); calls open it by themselves. */
    public void login() {
        session.session();
    }

    /** {@code sis_yetkili_firma_donem_sube_depo}: the firms, periods, branches and depots this user may use. */
    public List<YetkiliFirma> firms() {
        JsonNode result = call(DiaOperation.FIRMS, json.createObjectNode()).path("result");
        List<YetkiliFirma> firms = new ArrayList<>();
        result.forEach(row -> firms.add(json.convertValue(row, YetkiliFirma.class)));
        return firms;
    }

    /**
     * {@code sis_kontor_sorgula}: the kontör left. The answer's shape is not documented: a number in {@code result},
     * or the first number among its members.
     */
    public BigDecimal kontor() {
        JsonNode result = call(DiaOperation.KONTOR, json.createObjectNode()).path("result");
        JsonNode value = result.isContainerNode() && result.size() > 0 ? result.elements().next() : result;
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            throw new ConnectorException.Validation(DiaOperation.KONTOR.service(), null,
                    "sis_kontor_sorgula: DİA's answer holds no number: " + result, result.toString());
        }
    }

    /** How many calls DİA billed to this client (every answered call but login, logout and refused sessions). */
    public long billedCalls() {
        return envelope.billed();
    }

    /** The kontör those calls cost. */
    public BigDecimal kontorSpent() {
        return KONTOR_PER_CALL.multiply(BigDecimal.valueOf(billedCalls()));
    }

    /** How many logins this client made, for tests and metrics. */
    public long logins() {
        return session.logins();
    }

    /**
     * The raw pass-through: any DİA service by name ({@code scf_siparis_listele}), the body being the service's
     * parameters without the session; the documented services are the ones listed.
     */
    public RawOperations raw() {
        return raw;
    }

    /** Logs out; DİA's idle hour ends the session anyway if this fails. */
    @Override
    public void close() {
        session.close();
    }

    // --- for DiaModel ---

    JsonNode result(DiaOperation op, ObjectNode params) {
        return call(op, params).path("result");
    }

    DiaSaved saved(DiaOperation op, ObjectNode params) {
        JsonNode answer = call(op, params);
        List<Long> lines = new ArrayList<>();
        answer.path("extra").path("kalemlerKeys").forEach(k -> lines.add(Long.parseLong(k.asText())));
        JsonNode key = answer.path("key");
        if (!key.isValueNode() || !key.asText().matches("\\d+")) {
            // the write was applied (code 200) but the key cannot be read: only a look-up can find the record
            throw new ConnectorException.InDoubt(op.service(), op.service() + ": DİA answered 200 without a key ("
                    + answer.path("msg").asText("") + "); look the record up by its natural key", null);
        }
        return new DiaSaved(Long.parseLong(key.asText()), answer.path("msg").asText(null), lines);
    }
}
