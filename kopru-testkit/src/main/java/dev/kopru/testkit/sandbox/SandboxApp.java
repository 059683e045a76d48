package dev.kopru.testkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;

/**
 * One vendor's emulator: its own paths, its state and how it answers the kit's faults. {@link Sandbox} runs it on a
 * real HTTP server, next to the {@code /_sandbox/} admin API, and applies the fault knobs before and after the
 * vendor's handlers.
 */
public interface SandboxApp {

    /** The vendor's short name, e.g. {@code mikro}. */
    String vendor();

    /** Registers the vendor's own paths; called once, before the server starts. */
    void routes(RoutesConfig routes, Sandbox sandbox);

    /** What {@code GET /_sandbox/state} shows: record counts per table and the app's settings. */
    JsonNode state();

    /** Puts the app back to its seeded demo data. */
    void reset();

    /** Whether the request writes, i.e. whether the lose-response knobs apply to it. Default: not GET/HEAD/OPTIONS. */
    default boolean isWrite(Context ctx) {
        HandlerType method = ctx.method();
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    /** Answers a request refused by the rate-limit knob. Default: HTTP 429 with {@code Retry-After} in seconds. */
    default void respondRateLimited(Context ctx, Duration retryAfter) {
        long seconds = RetryAfter.seconds(retryAfter);
        ctx.status(429)
                .header("Retry-After", Long.toString(seconds))
                .contentType(SandboxJson.CONTENT_TYPE)
                .result("{\"error\":\"Too Many Requests\",\"retryAfterSeconds\":" + seconds + "}");
    }

    /** Answers a request hit by the error-rate knob, before the vendor's handler runs. Default: a bare HTTP 500. */
    default void respondServerError(Context ctx) {
        ctx.status(500).contentType(SandboxJson.CONTENT_TYPE).result("{\"error\":\"Internal Server Error\"}");
    }

    /** Releases what the app holds (an embedded database, ...); called once when its sandbox closes. */
    default void close() {
    }
}
