package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code api/v1} paths of logo.md's operation table that this sandbox serves, as Javalin routes. */
final class LogoRouter {

    private static final String BASE = "/api/v1";
    private static final String DENIED = "Authorization has been denied for this request.";

    private final LogoSandboxOptions options;
    private final Tokens tokens;
    private final Store store;
    private final SqlTables sql;

    LogoRouter(LogoSandboxOptions options, Tokens tokens, Store store, SqlTables sql) {
        this.options = options;
        this.tokens = tokens;
        this.store = store;
        this.sql = sql;
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
        routes.get(BASE + "/{resource}/{id}/<below>", bearer(this::below));
        routes.post(BASE + "/{resource}/<below>", bearer(this::postBelow));
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
        Optional<String> resource = resource(ctx);
        Optional<Integer> id = id(ctx);
        if (resource.isEmpty() || id.isEmpty()) {
            return;
        }
        Optional<ObjectNode> record = store.get(resource.get(), id.get());
        if (record.isEmpty()) {
            notFound(ctx);
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

    /**
     * Below a stored record: {@code {COLLECTION}} (its lines with their {@code Meta}), {@code {COLLECTION}/{index}}
     * (one line), {@code {COLLECTION}/{LineMethod}/{args}} or {@code {Method}/{args}} (logo.md §4.3, §5.1). Logo's
     * collections are upper case and its methods Pascal case, which tells them apart.
     */
    private void below(Context ctx) {
        Optional<String> resource = resource(ctx);
        if (resource.isPresent() && Methods.isObjectMethod(ctx.pathParam("id"))) {
            // seed 002's sample method URL leaves the id out (logo.md: tolerated): the method runs on no record
            Methods.object(ctx, resource.get(), Wire.object(), ctx.pathParam("id"));
            return;
        }
        Optional<Integer> id = id(ctx);
        if (resource.isEmpty() || id.isEmpty()) {
            return;
        }
        Optional<ObjectNode> record = store.get(resource.get(), id.get());
        if (record.isEmpty()) {
            notFound(ctx);
            return;
        }
        String[] path = ctx.pathParam("below").split("/");
        JsonNode collection = record.get().path(path[0].toUpperCase(java.util.Locale.ROOT));
        if (collection.isObject() && collection.has("items") || path[0].matches("[A-Z][A-Z0-9_]*")) {
            if (path.length > 1 && Methods.isLineMethod(path[1])) {
                Methods.line(ctx, path[1]);
            } else if (path.length <= 2) {
                lines(ctx, id.get(), path[0], collection.path("items"), path.length == 2 ? path[1] : null);
            } else {
                noRoute(ctx);
            }
        } else if (Methods.isObjectMethod(path[0])) {
            Methods.object(ctx, resource.get(), record.get(), path[0]);
        } else {
            noRoute(ctx);
        }
    }

    /** A record's lines with their {@code Meta}, or one line by its 0-based index. */
    private static void lines(Context ctx, int id, String name, JsonNode lines, String index) {
        if (!lines.isArray()) {
            notFound(ctx);
            return;
        }
        String href = collectionHref(ctx) + "/" + id + "/" + name;
        if (index == null) {
            ObjectNode collection = Wire.object();
            collection.set("Meta", Wire.link(href));
            collection.set("items", lines);
            Wire.respond(ctx, 200, collection);
            return;
        }
        int at = index.matches("\\d+") ? Integer.parseInt(index) : -1;
        if (at < 0 || at >= lines.size()) {
            notFound(ctx);
            return;
        }
        ObjectNode line = Wire.object();
        line.set("Meta", Wire.link(href + "/" + at));
        line.setAll((ObjectNode) lines.get(at));
        Wire.respond(ctx, 200, line);
    }

    /**
     * {@code POST {resource}[/{id}]/readwithbodyparamters} (the vendor's spelling; logo.md §4.6): a list or a record
     * read with {@code q}, {@code fields}, {@code sort}, {@code expandLevel} and {@code expand} in the body (the
     * SDK's {@code RequestQueryBodyParameter}), paging in the query string; and {@code POST {resource}/{Method}/{args}}
     * on the record in the body (§5.1).
     */
    private void postBelow(Context ctx) {
        Optional<String> resource = resource(ctx);
        if (resource.isEmpty()) {
            return;
        }
        String[] path = ctx.pathParam("below").split("/");
        String last = path[path.length - 1];
        boolean read = last.equalsIgnoreCase("readwithbodyparamters");
        if (read && path.length == 1) {
            readWithBody(ctx, resource.get(), null);
        } else if (read && path.length == 2 && path[0].matches("-?\\d{1,9}")) {
            readWithBody(ctx, resource.get(), Integer.parseInt(path[0]));
        } else if (Methods.isObjectMethod(path[0])) {
            body(ctx).ifPresent(record -> Methods.object(ctx, resource.get(), record, path[0]));
        } else {
            noRoute(ctx);
        }
    }

    private void readWithBody(Context ctx, String resource, Integer id) {
        Optional<ObjectNode> body = body(ctx);
        if (body.isEmpty()) {
            return;
        }
        StringBuilder raw = new StringBuilder(Optional.ofNullable(ctx.queryString()).orElse(""));
        for (String name : List.of("q", "fields", "sort", "expandLevel", "expand")) {
            JsonNode value = body.get().get(name);
            if (value != null && !value.isNull() && !value.asText().isBlank()) {
                raw.append(raw.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value.asText(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        try {
            Listing.Query query = Listing.query(raw.toString(), options);
            if (id == null) {
                Wire.respond(ctx, 200, Listing.page(collectionHref(ctx), store.list(resource), query));
                return;
            }
            Optional<ObjectNode> record = store.get(resource, id);
            if (record.isEmpty()) {
                notFound(ctx);
            } else {
                Wire.respond(ctx, 200, Listing.record(collectionHref(ctx), record.get(), query.fields(),
                        !"none".equalsIgnoreCase(body.get().path("expandLevel").asText(""))));
            }
        } catch (Listing.BadQueryException e) {
            Wire.message(ctx, 400, e.getMessage());
        }
    }

    private Optional<String> resource(Context ctx) {
        Optional<String> resource = Resources.find(ctx.pathParam("resource"));
        if (resource.isEmpty()) {
            noRoute(ctx);
        }
        return resource;
    }

    /** The {@code {id:int}} route constraint: a path with another id matches no route. */
    private static Optional<Integer> id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("-?\\d{1,9}")) {
            noRoute(ctx);
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(id));
    }

    private static Optional<ObjectNode> body(Context ctx) {
        try {
            JsonNode body = ctx.body().isBlank() ? null : Wire.parse(ctx.body());
            if (body != null && body.isObject()) {
                return Optional.of((ObjectNode) body);
            }
        } catch (JsonProcessingException e) {
            // answered below, as the Web API answers an unreadable body
        }
        Wire.modelState(ctx, "", "The request body is empty or is not a JSON object.");
        return Optional.empty();
    }

    /** {@code http://host:port/api/v1/{resource}} with the resource spelt as the request spelt it. */
    private static String collectionHref(Context ctx) {
        return ctx.scheme() + "://" + ctx.host() + BASE + "/" + ctx.pathParam("resource");
    }

    /** An unknown record: 404 with the Web API's message [inference]. */
    private static void notFound(Context ctx) {
        Wire.message(ctx, 404, "No record was found for " + ctx.path() + ".");
    }

    /** A path no route serves: the Web API's 404 text. */
    static void noRoute(Context ctx) {
        Wire.message(ctx, 404, "No HTTP resource was found that matches the request URI '" + ctx.fullUrl() + "'.");
    }
}
