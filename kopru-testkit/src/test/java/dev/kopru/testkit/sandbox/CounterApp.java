package dev.kopru.testkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.concurrent.CopyOnWriteArrayList;

/** The smallest vendor: {@code POST /Items} stores the body, {@code GET /Items} counts, {@code GET /Ping} pongs. */
final class CounterApp implements SandboxApp {

    final CopyOnWriteArrayList<String> items = new CopyOnWriteArrayList<>();
    volatile int handled;
    volatile boolean closed;

    @Override
    public String vendor() {
        return "counter";
    }

    @Override
    public void routes(RoutesConfig routes, Sandbox sandbox) {
        routes.get("/Ping", ctx -> answer(ctx, "{\"pong\":true}"));
        routes.get("/Broken", ctx -> {
            throw new IllegalStateException("a vendor handler bug");
        });
        routes.get("/Items", ctx -> answer(ctx, "{\"count\":" + items.size() + "}"));
        routes.post("/Items", ctx -> {
            items.add(ctx.body());
            answer(ctx, "{\"saved\":" + items.size() + "}");
        });
    }

    private void answer(Context ctx, String json) {
        handled++;
        ctx.contentType(SandboxJson.CONTENT_TYPE).result(json);
    }

    @Override
    public JsonNode state() {
        return SandboxJson.object().put("items", items.size());
    }

    @Override
    public void reset() {
        items.clear();
    }

    @Override
    public void close() {
        closed = true;
    }
}
