package dev.kopru.wiradius.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import dev.kopru.testkit.sandbox.SandboxJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An emulator of Wiradius's accounting web service (wiradius.md): {@code POST /invoice/<service>/<api_code>} with
 * form fields (multipart, as the vendor's examples send them, or urlencoded), {@code uniq_code} in every body, the
 * {@code status}/{@code data} envelope, the date windows (6 months of movements; 1 month of invoices, 6 with
 * {@code cari_id}), pages of 1000 and the IP allow-list. Read-only, like the service.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(new WiradiusSandbox(WiradiusSandboxOptions.builder().build()), 0)) {
 *     // POST sandbox.baseUri() + "/invoice/cari_list/demo-api-code"  page=1 uniq_code=demo-uniq-code
 * }
 * }</pre>
 */
public final class WiradiusSandbox implements SandboxApp {

    /** The four documented services, and the invented §5.5 lookup, exactly as their path segments are written. */
    static final List<String> SERVICES = List.of("cari_trans", "cari_list", "list", "rows");
    static final String CARI_TYPE = "cari_type";

    private final WiradiusSandboxOptions options;
    private final Isp isp;
    private final AtomicReference<WiradiusSandboxOptions.Settings> settings;

    public WiradiusSandbox(WiradiusSandboxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.isp = IspData.of(options);
        this.settings = new AtomicReference<>(options.settings());
    }

    /** DESIGN.md's demo operator (api_code demo-api-code, uniq_code demo-uniq-code) with 40 subscribers. */
    public WiradiusSandbox() {
        this(WiradiusSandboxOptions.builder().build());
    }

    public WiradiusSandboxOptions options() {
        return options;
    }

    /** The knobs now in force. */
    public WiradiusSandboxOptions.Settings settings() {
        return settings.get();
    }

    /** Changes the knobs while the sandbox runs (tests; {@code PUT /_sandbox/wiradius/settings} does the same). */
    public void settings(WiradiusSandboxOptions.Settings value) {
        settings.set(Objects.requireNonNull(value, "settings"));
    }

    @Override
    public String vendor() {
        return "wiradius";
    }

    @Override
    public void routes(RoutesConfig routes, Sandbox sandbox) {
        routes.post("/invoice/{service}/{apiCode}", this::service);
        // The service is POST only ("HTTP Post isteği yapılması gerekmektedir"); other methods: 405 [inference].
        routes.get("/invoice/{service}/{apiCode}", this::notPost);
        routes.put("/invoice/{service}/{apiCode}", this::notPost);
        routes.delete("/invoice/{service}/{apiCode}", this::notPost);
        routes.patch("/invoice/{service}/{apiCode}", this::notPost);
        routes.get("/_sandbox/wiradius/settings", ctx -> SandboxJson.respond(ctx, 200, settingsJson()));
        routes.put("/_sandbox/wiradius/settings", this::updateSettings);
    }

    /** Nothing the service offers writes. */
    @Override
    public boolean isWrite(Context ctx) {
        return false;
    }

    @Override
    public JsonNode state() {
        ObjectNode state = SandboxJson.object();
        state.put("subscribers", isp.subscriberCount());
        state.put("invoices", isp.invoiceCount());
        state.put("movements", isp.movementCount());
        state.put("golden", options.golden());
        state.put("demoSeed", options.demoSeed());
        state.put("referenceDate", options.referenceDate().toString());
        state.put("pageSize", options.pageSize());
        state.set("settings", settingsJson());
        return state;
    }

    /** The data never changes (the service is read-only); the knobs go back to the options' settings. */
    @Override
    public void reset() {
        settings.set(options.settings());
    }

    private void service(Context ctx) {
        WiradiusSandboxOptions.Settings now = settings.get();
        if (!now.allowedIps().isEmpty() && !now.allowedIps().contains(ctx.ip())) {
            envelope(ctx, 403, "danger", text("IP adresi yetkili değil"));
            return;
        }
        String service = ctx.pathParam("service");
        boolean known = SERVICES.contains(service) || (now.cariTypeService() && service.equals(CARI_TYPE));
        // The kit matches routes ignoring case; the reference writes every path in lower case [inference: exact].
        if (!known || !ctx.path().startsWith("/invoice/" + service + "/")) {
            ctx.status(404).result("Not Found");
            return;
        }
        if (!ctx.pathParam("apiCode").equals(options.apiCode())) {
            envelope(ctx, 200, "danger", text("Geçersiz api_code"));
            return;
        }
        Requests request = new Requests(fields(ctx));
        if (!options.uniqCode().equals(request.text("uniq_code"))) {
            envelope(ctx, 200, "danger", text("Geçersiz uniq_code"));
            return;
        }
        try {
            switch (service) {
                case "cari_trans" -> cariTrans(ctx, request);
                case "cari_list" -> cariList(ctx, request);
                case "list" -> invoiceList(ctx, request);
                case "rows" -> invoiceRows(ctx, request);
                default -> cariTypes(ctx);
            }
        } catch (Requests.Refusal refusal) {
            envelope(ctx, 200, now.validationStatus(), text(refusal.getMessage()));
        }
    }

    private void cariTrans(Context ctx, Requests request) {
        int cariId = request.requiredId("cari_id");
        Requests.Range range = request.range(6);
        rows(ctx, isp.movements(cariId, range.begin(), range.end()).stream().map(Wire::movement).toList());
    }

    private void cariList(Context ctx, Requests request) {
        Integer willBorrow = request.willBorrow();
        int page = request.page();
        rows(ctx, isp.customers(willBorrow, page, options.pageSize()).stream().map(Wire::customer).toList());
    }

    private void invoiceList(Context ctx, Requests request) {
        String type = request.invoiceType();
        Integer cariId = request.optionalId("cari_id");
        Requests.Range range = request.range(cariId == null ? 1 : 6);
        int page = request.page();
        rows(ctx, isp.invoices(type, range.begin(), range.end(), cariId, page, options.pageSize()).stream()
                .map(Wire::invoice).toList());
    }

    private void invoiceRows(Context ctx, Requests request) {
        int invoiceId = request.requiredId("invoice_id");
        Isp.Invoice invoice = isp.invoice(invoiceId).orElse(null);
        if (invoice == null) {
            envelope(ctx, 200, "warning", text("Fatura bulunamadı"));
            return;
        }
        rows(ctx, invoice.rows().stream().map(Wire::row).toList());
    }

    private void cariTypes(Context ctx) {
        String[] names = {"Firma Değil", "Şahıs Şirketi", "Limited Şirket", "Anonim Şirket", "Kamu Kurumu", "Vakıf",
                "Dernek"};
        ArrayNode data = SandboxJson.array();
        for (int i = 0; i < names.length; i++) {
            data.add(Wire.cariType(i + 1, names[i]));
        }
        rows(ctx, data.valueStream().map(ObjectNode.class::cast).toList());
    }

    private void rows(Context ctx, List<ObjectNode> rows) {
        if (rows.isEmpty()) {
            envelope(ctx, 200, "success", settings.get().emptyData().json());
            return;
        }
        ArrayNode data = SandboxJson.array();
        data.addAll(rows);
        envelope(ctx, 200, "success", SandboxJson.write(data));
    }

    private void notPost(Context ctx) {
        ctx.status(405).header("Allow", "POST").result("Method Not Allowed");
    }

    /** {@code {"status": .., "data": ..}}; {@code dataJson} null leaves {@code data} out. */
    private static void envelope(Context ctx, int status, String outcome, String dataJson) {
        String body = "{\"status\":\"" + outcome + "\"" + (dataJson == null ? "" : ",\"data\":" + dataJson) + "}";
        ctx.status(status).contentType(SandboxJson.CONTENT_TYPE).result(body);
    }

    private static String text(String message) {
        return SandboxJson.write(SandboxJson.object().textNode(message));
    }

    /** The form fields, whether the body is multipart (the vendor's examples) or urlencoded. */
    private static Map<String, String> fields(Context ctx) {
        Map<String, String> fields = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                fields.put(name, values.getFirst());
            }
        });
        return fields;
    }

    private ObjectNode settingsJson() {
        WiradiusSandboxOptions.Settings now = settings.get();
        ObjectNode json = SandboxJson.object();
        json.set("allowedIps", SandboxJson.array().addAll(now.allowedIps().stream().sorted()
                .map(ip -> (JsonNode) SandboxJson.object().textNode(ip)).toList()));
        json.put("emptyData", now.emptyData().name());
        json.put("validationStatus", now.validationStatus());
        json.put("cariTypeService", now.cariTypeService());
        return json;
    }

    private void updateSettings(Context ctx) {
        WiradiusSandboxOptions.Settings now = settings.get();
        try {
            JsonNode body = SandboxJson.parse(ctx.body());
            Set<String> ips = now.allowedIps();
            if (body.has("allowedIps")) {
                ips = new HashSet<>();
                for (JsonNode ip : body.get("allowedIps")) {
                    ips.add(ip.asText());
                }
            }
            WiradiusSandboxOptions.EmptyData empty = body.has("emptyData")
                    ? WiradiusSandboxOptions.EmptyData.valueOf(body.get("emptyData").asText()) : now.emptyData();
            String status = body.has("validationStatus") ? body.get("validationStatus").asText()
                    : now.validationStatus();
            boolean cariType = body.has("cariTypeService") ? body.get("cariTypeService").asBoolean()
                    : now.cariTypeService();
            settings.set(new WiradiusSandboxOptions.Settings(ips, empty, status, cariType));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            SandboxJson.respond(ctx, 400, SandboxJson.object().put("error", e.getMessage()));
            return;
        }
        SandboxJson.respond(ctx, 200, settingsJson());
    }
}
