package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.testkit.sandbox.SandboxJson;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Serves {@code /{Api}/{APIMethods}/{name}}: finds the operation (case-insensitively, as ASP.NET routing does),
 * checks the method and the credentials, runs it and writes Mikro's envelope. Business refusals are HTTP 200 with
 * {@code IsError:true} unless the options mirror the envelope status into HTTP.
 */
final class MikroRouter {

    private final Operations operations;
    private final Services services;

    MikroRouter(Operations operations, Services services) {
        this.operations = operations;
        this.services = services;
    }

    /** The operation a request's path names, if the path has Mikro's shape and the name is known. */
    Optional<Operation> resolve(Context ctx) {
        String[] segments = ctx.path().split("/");
        if (segments.length != 4 || !segments[0].isEmpty()
                || !decode(segments[1]).equalsIgnoreCase("api")
                || !decode(segments[2]).equalsIgnoreCase("apimethods")) {
            return Optional.empty();
        }
        return operations.find(decode(segments[3]));
    }

    void handle(Context ctx) {
        Optional<Operation> found = resolve(ctx);
        if (found.isEmpty()) {
            notFound(ctx);
            return;
        }
        Operation operation = found.get();
        boolean health = operation.access() == Operation.Access.NONE;
        if (health != (ctx.method() == HandlerType.GET)) {
            methodNotAllowed(ctx);
            return;
        }
        try {
            Reply reply = health ? operation.handler().handle(null) : call(ctx, operation);
            render(ctx, reply);
        } catch (MikroError e) {
            renderError(ctx, operation.shape(), e);
        } catch (SQLException e) {
            renderError(ctx, operation.shape(), SqlErrors.of(e));
        }
    }

    private Reply call(Context ctx, Operation operation) throws SQLException {
        ObjectNode body = parse(ctx.body());
        if (operation.access() == Operation.Access.LOGIN) {
            return operation.handler().handle(new Call(body, Bodies.object(), null, services.currentYear(), services));
        }
        JsonNode mikro = Fields.get(body, "Mikro");
        Optional<String> sessionId = Fields.text(body, "SessionId");
        Credentials.Login login;
        // A V1 client sends its SessionId instead of the credential block (its payload may still sit in "Mikro").
        if (sessionId.isPresent() && Fields.get(mikro, "ApiKey") == null) {
            login = new Credentials.Login(services.sessions().user(sessionId.get()), services.currentYear());
        } else {
            login = services.credentials().authenticate(mikro);
        }
        ObjectNode block = mikro instanceof ObjectNode object ? object : Bodies.object();
        return operation.handler().handle(new Call(body, block, login.user(), login.year(), services));
    }

    private static ObjectNode parse(String text) {
        if (text == null || text.isBlank()) {
            return Bodies.object();
        }
        try {
            JsonNode json = Bodies.parse(text);
            if (json instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw MikroError.badInput("İstek gövdesi geçerli bir JSON değil: " + e.getOriginalMessage());
        }
        throw MikroError.badInput("İstek gövdesi bir JSON nesnesi olmalıdır");
    }

    private void render(Context ctx, Reply reply) {
        switch (reply) {
            // Real servers say "" on success (§12.4); null is what the first inference and one 17.07 client saw.
            case Reply.Envelope envelope -> SandboxJson.respond(ctx, 200, envelope(200, false,
                    services.options().inferredReplies() ? null : "", envelope.data()));
            case Reply.Raw raw -> ctx.status(raw.httpStatus()).contentType(SandboxJson.CONTENT_TYPE)
                    .result(Bodies.write(raw.body()));
        }
    }

    private void renderError(Context ctx, Operation.Shape shape, MikroError error) {
        int http = services.options().mirrorStatusInHttp() ? error.statusCode() : 200;
        ObjectNode body = switch (shape) {
            case ENVELOPE -> envelope(error.statusCode(), true, error.getMessage(), null);
            case SUCCESS_DATA -> Bodies.object().put("success", false).put("message", error.getMessage())
                    .putNull("data");
            case STATUS_DATA -> Bodies.object().put("status", "error").put("message", error.getMessage())
                    .putNull("data");
        };
        ctx.status(http).contentType(SandboxJson.CONTENT_TYPE).result(Bodies.write(body));
    }

    static ObjectNode envelope(int statusCode, boolean isError, String message, JsonNode data) {
        ObjectNode root = Bodies.object();
        ObjectNode result = root.putArray("result").addObject();
        result.put("StatusCode", statusCode);
        result.put("IsError", isError);
        result.put("ErrorMessage", message);
        result.set("Data", data == null ? Bodies.object().nullNode() : data);
        return root;
    }

    /** ASP.NET Web API's own 404 body, which the Mikro service (a Web API self-host) answers for unknown paths. */
    static void notFound(Context ctx) {
        ObjectNode body = Bodies.object()
                .put("Message", "No HTTP resource was found that matches the request URI '" + ctx.fullUrl() + "'.")
                .put("MessageDetail", "No action was found on the controller 'APIMethods' that matches the request.");
        ctx.status(404).contentType(SandboxJson.CONTENT_TYPE).result(Bodies.write(body));
    }

    private static void methodNotAllowed(Context ctx) {
        ObjectNode body = Bodies.object().put("Message",
                "The requested resource does not support http method '" + ctx.method().name() + "'.");
        ctx.status(405).header("Allow", ctx.method() == HandlerType.GET ? "POST" : "GET")
                .contentType(SandboxJson.CONTENT_TYPE).result(Bodies.write(body));
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
