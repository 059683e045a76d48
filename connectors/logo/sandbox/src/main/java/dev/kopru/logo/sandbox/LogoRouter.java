package dev.kopru.logo.sandbox;

import static dev.kopru.logo.sandbox.Requests.body;
import static dev.kopru.logo.sandbox.Requests.collectionHref;
import static dev.kopru.logo.sandbox.Requests.id;
import static dev.kopru.logo.sandbox.Requests.noRoute;
import static dev.kopru.logo.sandbox.Requests.notFound;
import static dev.kopru.logo.sandbox.Requests.record;
import static dev.kopru.logo.sandbox.Requests.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code api/v1} paths of logo.md's operation table that this sandbox serves, as Javalin routes: the token, the
 * service's own calls, and lists, queries and records; the paths below a record are {@link BelowPaths}.
 */
final class LogoRouter {

    static final String BASE = "/api/v1";
    private static final String DENIED = "Authorization has been denied for this request.";

    private final LogoSandboxOptions options;
    private final Tokens tokens;
    private final Store store;
    private final SqlTables sql;
    private final BelowPaths below;

    LogoRouter(LogoSandboxOptions options, Tokens tokens, Store store, SqlTables sql) {
        this.options = options;
        this.tokens = tokens;
        this.store = store;
        this.sql = sql;
        this.below = new BelowPaths(options, store);
    }

    void register(RoutesConfig routes) {
        routes.post(BASE + "/token", this::token);
        routes.get(BASE + "/istokenvalid", bearer(ctx -> Wire.respond(ctx, 200, Wire.JSON.getNodeFactory()
                .booleanNode(true))));
        routes.get(BASE + "/revoke", bearer(this::revoke));
        routes.get(BASE + "/ping", bearer(this::ping));
        routes.get(BASE + "/methods/ping", bearer(this::ping));
        routes.get(BASE + "/methods/versions", bearer(ctx -> Wire.respond(ctx, 200, Wire.object()
                .put("ApiVersion", Wire.API_VERSION).put("ReleaseVersion", "kopru-sandbox"))));
        routes.get(BASE + "/queries", bearer(this::query));
        routes.get(BASE + "/definitions/{resource}", bearer(this::definition));
        routes.get(BASE + "/{resource}", bearer(this::list));
        routes.post(BASE + "/{resource}", bearer(this::create));
        routes.get(BASE + "/{resource}/{id}", bearer(this::read));
        routes.put(BASE + "/{resource}/{id}", bearer(this::replace));
        routes.patch(BASE + "/{resource}/{id}", bearer(this::patch));
        routes.delete(BASE + "/{resource}/{id}", bearer(this::delete));
        routes.get(BASE + "/{resource}/{id}/<below>", bearer(below::get));
        routes.post(BASE + "/{resource}/<below>", bearer(below::post));
        routes.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                noRoute(ctx);
            }
        });
    }

    /** Every path but the token's needs a valid bearer token; else the Web API's 401. */
    private Handler bearer(Handler handler) {
        return ctx -> {
            if (!tokens.valid(ctx)) {
                Wire.message(ctx, 401, DENIED);
                return;
            }
            handler.handle(ctx);
        };
    }

    private void token(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, values) -> form.put(name, values.isEmpty() ? "" : values.getFirst()));
        try {
            Wire.respond(ctx, 200, tokens.issue(form, ctx.header("Authorization")));
        } catch (Tokens.RefusedException e) {
            Wire.respond(ctx, 400, Wire.object().put("error", e.refusal().error())
                    .put("error_description", e.refusal().description()));
        }
    }

    private void revoke(Context ctx) {
        tokens.revoke(ctx);
        ctx.status(200).result("");
    }

    private void ping(Context ctx) {
        Wire.respond(ctx, 200, Wire.object().put("CallStatus", 0).put("CallStatusText", "OK")
                .put("CallStatusDetailText", "").put("CallStatusStr", "Success"));
    }

    private void list(Context ctx) {
        Optional<String> resource = resource(ctx);
        if (resource.isEmpty()) {
            return;
        }
        try {
            Listing.Query query = Listing.query(ctx.queryString(), options);
            Wire.respond(ctx, 200, Listing.page(collectionHref(ctx), store.list(resource.get()), query));
        } catch (Listing.BadQueryException e) {
            Wire.message(ctx, 400, e.getMessage());
        }
    }

    /** {@code queries?tsql=}: the rows of a SELECT over Logo's tables, in the list envelope (logo.md §4.5, G12). */
    private void query(Context ctx) {
        String tsql = ctx.queryParam("tsql");
        if (tsql == null || tsql.isBlank()) {
            Wire.modelState(ctx, "207", "tsql parametresi boş olamaz.");
            return;
        }
        try {
            Listing.Query query = Listing.query(ctx.queryString(), options);
            List<ObjectNode> rows = sql.select(tsql, store);
            Wire.respond(ctx, 200, Listing.rows(ctx.scheme() + "://" + ctx.host() + BASE + "/queries", rows, query));
        } catch (Listing.BadQueryException e) {
            Wire.message(ctx, 400, e.getMessage());
        } catch (java.sql.SQLException e) {
            // logo.md §4.5: a refused query comes back as ModelState 207 with the database's text
            String message = e.getMessage() == null ? "SQL error" : e.getMessage().lines().findFirst().orElse("");
            Wire.modelState(ctx, "207", message);
        }
    }

    /** {@code definitions/{resource}}: the data object's schema (logo.md §4.4, G13). */
    private void definition(Context ctx) {
        resource(ctx).ifPresent(resource -> Wire.respond(ctx, 200, Definitions.of(resource)));
    }

    private void read(Context ctx) {
        Optional<ObjectNode> record = resource(ctx).flatMap(resource -> record(ctx, store, resource));
        if (record.isEmpty()) {
            return;
        }
        List<String> fields = Optional.ofNullable(ctx.queryParam("fields")).map(f -> List.of(f.split(",")))
                .orElse(List.of());
        boolean expand = !"none".equalsIgnoreCase(ctx.queryParam("expandLevel"));
        Wire.respond(ctx, 200, Listing.record(collectionHref(ctx), record.get(), fields, expand));
    }

    private void create(Context ctx) {
        Optional<String> resource = resource(ctx);
        Optional<ObjectNode> body = body(ctx);
        if (resource.isEmpty() || body.isEmpty()) {
            return;
        }
        try {
            Wire.respond(ctx, 200, store.create(resource.get(), body.get()));
        } catch (Store.RefusedException e) {
            Wire.modelState(ctx, e.refusal().key(), e.refusal().message());
        }
    }

    private void replace(Context ctx) {
        write(ctx, false);
    }

    private void patch(Context ctx) {
        write(ctx, true);
    }

    private void write(Context ctx, boolean partial) {
        Optional<String> resource = resource(ctx);
        Optional<Integer> id = id(ctx);
        if (resource.isEmpty() || id.isEmpty()) {
            return;
        }
        Optional<ObjectNode> body = body(ctx);
        if (body.isEmpty()) {
            return;
        }
        try {
            Optional<ObjectNode> saved = partial ? store.patch(resource.get(), id.get(), body.get())
                    : store.replace(resource.get(), id.get(), body.get());
            if (saved.isEmpty()) {
                notFound(ctx);
            } else {
                Wire.respond(ctx, 200, saved.get());
            }
        } catch (Store.RefusedException e) {
            Wire.modelState(ctx, e.refusal().key(), e.refusal().message());
        }
    }

    private void delete(Context ctx) {
        Optional<String> resource = resource(ctx);
        Optional<Integer> id = id(ctx);
        if (resource.isEmpty() || id.isEmpty()) {
            return;
        }
        if (!store.delete(resource.get(), id.get())) {
            notFound(ctx);
            return;
        }
        // seed 002: 200 with Content-Length 0
        ctx.status(200).result("");
    }
}
