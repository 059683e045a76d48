package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * What the routes read from a request (the resource, the id, the JSON body) and the Web API's answers when one is
 * missing or wrong; each reader answers the request itself and returns empty.
 */
final class Requests {

    private Requests() {
    }

    static Optional<String> resource(Context ctx) {
        Optional<String> resource = Resources.find(ctx.pathParam("resource"));
        if (resource.isEmpty()) {
            noRoute(ctx);
        }
        return resource;
    }

    /** The {@code {id:int}} route constraint: a path with another id matches no route. */
    static Optional<Integer> id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("-?\\d{1,9}")) {
            noRoute(ctx);
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(id));
    }

    /** The stored record {@code {resource}/{id}} names, or empty with the request answered (no route, or 404). */
    static Optional<ObjectNode> record(Context ctx, Store store, String resource) {
        Optional<Integer> id = id(ctx);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<ObjectNode> record = store.get(resource, id.get());
        if (record.isEmpty()) {
            notFound(ctx);
        }
        return record;
    }

    static Optional<ObjectNode> body(Context ctx) {
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
    static String collectionHref(Context ctx) {
        return ctx.scheme() + "://" + ctx.host() + LogoRouter.BASE + "/" + ctx.pathParam("resource");
    }

    /** An unknown record: 404 with the Web API's message [inference]. */
    static void notFound(Context ctx) {
        Wire.message(ctx, 404, "No record was found for " + ctx.path() + ".");
    }

    /** A path no route serves: the Web API's 404 text. */
    static void noRoute(Context ctx) {
        Wire.message(ctx, 404, "No HTTP resource was found that matches the request URI '" + ctx.fullUrl() + "'.");
    }
}
