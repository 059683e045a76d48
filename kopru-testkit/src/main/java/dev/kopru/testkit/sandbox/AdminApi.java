package dev.kopru.testkit.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The {@code /_sandbox/} admin API, the same for every vendor: state, reset, the request journal and the fault
 * knobs. Its requests are neither journaled nor hit by faults.
 */
final class AdminApi {

    private final Sandbox sandbox;

    private AdminApi(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    static void register(RoutesConfig routes, Sandbox sandbox) {
        AdminApi api = new AdminApi(sandbox);
        routes.get("/_sandbox/state", api::state);
        routes.post("/_sandbox/reset", api::reset);
        routes.get("/_sandbox/requests", api::requests);
        routes.delete("/_sandbox/requests", api::clearRequests);
        routes.get("/_sandbox/faults", api::faults);
        routes.put("/_sandbox/faults", api::updateFaults);
    }

    private void state(Context ctx) {
        ObjectNode body = SandboxJson.object();
        body.put("vendor", sandbox.app().vendor());
        body.put("baseUri", sandbox.baseUri().toString());
        body.put("requests", sandbox.journal().size());
        body.set("state", sandbox.app().state());
        SandboxJson.respond(ctx, 200, body);
    }

    private void reset(Context ctx) {
        sandbox.app().reset();
        SandboxJson.respond(ctx, 200, SandboxJson.object().put("reset", true));
    }

    private void requests(Context ctx) {
        String limitParam = ctx.queryParam("limit");
        List<RequestJournal.Entry> entries;
        if (limitParam == null) {
            entries = sandbox.journal().entries();
        } else {
            int limit;
            try {
                limit = Integer.parseInt(limitParam.trim());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 0) {
                badRequest(ctx, "limit", "limit must be a whole number of at least 0, was '" + limitParam + "'");
                return;
            }
            entries = sandbox.journal().entries(limit);
        }
        ArrayNode body = SandboxJson.array();
        for (RequestJournal.Entry entry : entries) {
            ObjectNode row = body.addObject();
            row.put("at", entry.at().toString());
            row.put("method", entry.method());
            row.put("path", entry.path());
            row.put("status", entry.status());
            row.put("body", entry.body());
            row.put("fault", entry.fault());
        }
        SandboxJson.respond(ctx, 200, body);
    }

    private void clearRequests(Context ctx) {
        sandbox.journal().clear();
        ctx.status(204);
    }

    private void faults(Context ctx) {
        SandboxJson.respond(ctx, 200, sandbox.faults().toJson());
    }

    private void updateFaults(Context ctx) {
        JsonNode json;
        try {
            json = SandboxJson.parse(ctx.body());
        } catch (JsonProcessingException e) {
            badRequest(ctx, "(body)", "the body is not JSON: " + e.getOriginalMessage());
            return;
        }
        try {
            sandbox.faults().update(json);
        } catch (FaultUpdateException e) {
            badRequest(ctx, e.field(), e.getMessage());
            return;
        }
        SandboxJson.respond(ctx, 200, sandbox.faults().toJson());
    }

    private static void badRequest(Context ctx, String field, String message) {
        SandboxJson.respond(ctx, 400, SandboxJson.object().put("field", field).put("error", message));
    }
}
