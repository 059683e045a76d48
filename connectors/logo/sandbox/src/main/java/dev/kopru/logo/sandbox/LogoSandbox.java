package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.Faults;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.sandbox.SandboxApp;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * An emulator of the Logo Tiger REST service ({@code api/v1}), written from vendors/logo.md: the OAuth2 password
 * grant at {@code api/v1/token}, bearer tokens that expire, the list envelope with {@code next} links, the {@code q}
 * filter grammar, {@code fields}, {@code sort}, {@code expandLevel}, {@code withCount}, writes answered 200 with the
 * record, and {@code ModelState} refusals in Logo's words. Data objects match case-insensitively.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(new LogoSandbox(LogoSandboxOptions.builder().build()), 0)) {
 *     // POST sandbox.baseUri() + "/api/v1/token" ...
 * }
 * }</pre>
 */
public final class LogoSandbox implements SandboxApp {

    private final LogoSandboxOptions options;
    private final Store store;
    private final Tokens tokens;
    private final SqlTables sql;
    private final LogoRouter router;
    private volatile Sandbox sandbox;

    public LogoSandbox(LogoSandboxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.store = new Store(options.clock(), options.slipTypes());
        this.tokens = new Tokens(options, this::faults);
        this.sql = new SqlTables(options.firmNo());
        this.router = new LogoRouter(options, tokens, store, sql);
        Seeding.run(store, options);
    }

    /** A sandbox with DESIGN.md's demo credentials and the default demo data. */
    public LogoSandbox() {
        this(LogoSandboxOptions.builder().build());
    }

    public LogoSandboxOptions options() {
        return options;
    }

    @Override
    public String vendor() {
        return "logo";
    }

    @Override
    public void routes(RoutesConfig routes, Sandbox sandbox) {
        this.sandbox = sandbox;
        router.register(routes);
    }

    @Override
    public JsonNode state() {
        ObjectNode state = Wire.object();
        state.set("records", store.counts());
        state.put("tokens", tokens.size());
        state.set("sqlTables", Wire.JSON.valueToTree(sql.tables()));
        state.put("options", options.toString());
        return state;
    }

    /** Back to the seeded data; tokens issued so far end. */
    @Override
    public void reset() {
        store.clear();
        tokens.clear();
        Seeding.run(store, options);
    }

    @Override
    public void close() {
        sql.close();
    }

    /**
     * A POST saves only when it creates ({@code api/v1/{resource}}): the token request, {@code readwithbodyparamters}
     * and a method run on a sent record change no data, so the lose-response knobs leave them alone.
     */
    @Override
    public boolean isWrite(Context ctx) {
        String path = ctx.path().toLowerCase(java.util.Locale.ROOT);
        return SandboxApp.super.isWrite(ctx) && (ctx.method() != io.javalin.http.HandlerType.POST
                || path.split("/").length == 4 && !path.endsWith("/token"));
    }

    /** The Web API's unhandled-error answer [inference]. */
    @Override
    public void respondServerError(Context ctx) {
        Wire.respond(ctx, 500, Wire.object().put("Message", "An error has occurred."));
    }

    private Faults faults() {
        Sandbox running = sandbox;
        return running == null ? null : running.faults();
    }

    @Override
    public String toString() {
        return "LogoSandbox[" + options + "]";
    }
}
