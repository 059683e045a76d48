package dev.kopru.logo.sandbox;

import static dev.kopru.logo.sandbox.Requests.body;
import static dev.kopru.logo.sandbox.Requests.collectionHref;
import static dev.kopru.logo.sandbox.Requests.noRoute;
import static dev.kopru.logo.sandbox.Requests.notFound;
import static dev.kopru.logo.sandbox.Requests.record;
import static dev.kopru.logo.sandbox.Requests.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The routes below a record or a collection ({@code <below>}): a record's lines, one line, line and object methods
 * (logo.md §4.3, §5.1), and the read with the query in the body (§4.6).
 */
final class BelowPaths {

    private final LogoSandboxOptions options;
    private final Store store;

    BelowPaths(LogoSandboxOptions options, Store store) {
        this.options = options;
        this.store = store;
    }

    /**
     * Below a stored record: {@code {COLLECTION}} (its lines with their {@code Meta}), {@code {COLLECTION}/{index}}
     * (one line), {@code {COLLECTION}/{LineMethod}/{args}} or {@code {Method}/{args}} (logo.md §4.3, §5.1). Logo's
     * collections are upper case and its methods Pascal case, which tells them apart.
     */
    void get(Context ctx) {
        Optional<String> resource = resource(ctx);
        if (resource.isPresent() && Methods.isObjectMethod(ctx.pathParam("id"))) {
            // seed 002's sample method URL leaves the id out (logo.md: tolerated): the method runs on no record
            Methods.object(ctx, resource.get(), Wire.object(), ctx.pathParam("id"));
            return;
        }
        Optional<ObjectNode> record = resource.flatMap(name -> record(ctx, store, name));
        if (record.isEmpty()) {
            return;
        }
        String[] path = ctx.pathParam("below").split("/");
        JsonNode collection = record.get().path(path[0].toUpperCase(Locale.ROOT));
        if (collection.isObject() && collection.has("items") || path[0].matches("[A-Z][A-Z0-9_]*")) {
            if (path.length > 1 && Methods.isLineMethod(path[1])) {
                Methods.line(ctx, path[1]);
            } else if (path.length <= 2) {
                lines(ctx, ctx.pathParam("id"), path[0], collection.path("items"), path.length == 2 ? path[1] : null);
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
    private static void lines(Context ctx, String id, String name, JsonNode lines, String index) {
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
    void post(Context ctx) {
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
                        .append(URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
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
}
