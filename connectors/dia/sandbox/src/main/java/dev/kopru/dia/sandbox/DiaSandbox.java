package dev.kopru.dia.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.Faults;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import dev.kopru.testkit.sandbox.SandboxJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An emulator of the DİA web service v3, written from vendors/dia.md: {@code POST /api/v3/{module}/json} (module
 * matched in any case) with the one-key body, the string {@code code} envelope, sessions with an idle hour, firms and
 * periods, kontör billing with {@code CREDIT_ERROR}, and the five service kinds of cari, stok, fatura and the code
 * tables they link to, {@code _key_…} links resolved by key or filter.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(new DiaSandbox(DiaSandboxOptions.builder().build()), 0)) {
 *     // POST sandbox.baseUri() + "/api/v3/sis/json" {"login": {...}}
 * }
 * }</pre>
 */
public final class DiaSandbox implements SandboxApp {

    private final DiaSandboxOptions options;
    private final Store store = new Store();
    private final Cards cards;
    private final Sessions sessions;
    private final Kontor kontor;
    private final Services services;
    private volatile Sandbox sandbox;

    public DiaSandbox(DiaSandboxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.cards = new Cards(store, options.clock());
        this.sessions = new Sessions(options, this::faults);
        this.kontor = new Kontor(options.kontor(), options.costPerCall());
        this.services = new Services(options, store, sessions, kontor, cards);
        reset();
    }

    /** DESIGN.md's demo set-up. */
    public DiaSandbox() {
        this(DiaSandboxOptions.builder().build());
    }

    public DiaSandboxOptions options() {
        return options;
    }

    /** Sets the kontör balance, e.g. to below one call's cost to see {@code CREDIT_ERROR}. */
    public void kontor(BigDecimal balance) {
        kontor.set(balance);
    }

    public BigDecimal kontor() {
        return kontor.balance();
    }

    /** How many calls were billed since the start or the last reset. */
    public long billedCalls() {
        return kontor.billed();
    }

    @Override
    public String vendor() {
        return "dia";
    }

    @Override
    public void routes(RoutesConfig routes, Sandbox sandbox) {
        this.sandbox = sandbox;
        routes.post("/api/v3/{module}/json", this::handle);
        // outside the vendor's paths, like the kit's admin API: run a client out of kontör, or top it up
        routes.put("/_sandbox/dia/kontor", ctx -> {
            BigDecimal balance = Values.decimal(SandboxJson.parse(ctx.body()).get("balance"));
            if (balance == null || balance.signum() < 0) {
                SandboxJson.respond(ctx, 400, SandboxJson.object().put("error", "balance: a number of at least 0"));
                return;
            }
            kontor.set(balance);
            SandboxJson.respond(ctx, 200, SandboxJson.object().put("kontor", balance.toPlainString()));
        });
        // the proofs count what the firm holds here, not through the client under test
        routes.get("/_sandbox/dia/invoices", ctx -> SandboxJson.respond(ctx, 200,
                invoices(Objects.requireNonNullElse(ctx.queryParam("prefix"), ""))));
    }

    /** Invoices whose belgeno starts with {@code prefix}: how many per number, and each number's {@code net}. */
    private ObjectNode invoices(String prefix) {
        ObjectNode answer = SandboxJson.object();
        ObjectNode counts = answer.putObject("invoices");
        ObjectNode net = answer.putObject("net");
        synchronized (store) {
            for (ObjectNode invoice : store.find("scf_fatura", f -> Values.text(f.get("belgeno")) != null
                    && Values.text(f.get("belgeno")).startsWith(prefix))) {
                String number = Values.text(invoice.get("belgeno"));
                counts.put(number, counts.path(number).asLong() + 1);
                net.set(number, invoice.get("net"));
            }
        }
        return answer;
    }

    private void handle(Context ctx) {
        ObjectNode answer = services.answer(ctx.pathParam("module"), ctx.body());
        int status = options.mirrorStatusInHttp() ? Integer.parseInt(answer.path("code").asText("200")) : 200;
        SandboxJson.respond(ctx, status, answer);
    }

    /** Writes are the {@code _ekle}, {@code _guncelle} and {@code _sil} services; every DİA call is a POST. */
    @Override
    public boolean isWrite(Context ctx) {
        return ctx.method() == HandlerType.POST && Services.isWrite(Services.serviceOf(ctx.body()));
    }

    @Override
    public JsonNode state() {
        ObjectNode state = SandboxJson.object();
        ObjectNode counts = state.putObject("models");
        synchronized (store) {
            store.counts().forEach(counts::put);
        }
        state.put("sessions", sessions.size());
        state.put("kontor", kontor.balance().toPlainString());
        state.put("billedCalls", kontor.billed());
        state.put("sessionIdle", options.sessionIdle().toString());
        state.put("expiredSessionCode", options.expiredSessionCode());
        state.put("mirrorStatusInHttp", options.mirrorStatusInHttp());
        state.put("goldenSet", options.goldenSet());
        state.put("demoSeed", options.demoSeed());
        state.put("demoSize", options.demoSize());
        return state;
    }

    /** Back to the seeded records and the starting kontör; every session ends. */
    @Override
    public void reset() {
        synchronized (store) {
            Seed.run(store, cards, options, LocalDate.now(options.clock().withZone(Cards.ISTANBUL)));
        }
        sessions.clear();
        kontor.reset();
    }

    private Faults faults() {
        Sandbox running = sandbox;
        return running == null ? null : running.faults();
    }

    @Override
    public String toString() {
        return "DiaSandbox[" + options + "]";
    }
}
